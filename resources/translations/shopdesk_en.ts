<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>达人</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>账号 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近30天本店 GMV（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近30天总 GMV（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本店占比</source>
        <translation>Shop share</translation>
    </message>
    <message>
        <source>是否符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已是「{shop}」的自营账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合自营条件，可以标记为自营</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>昵称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖音号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绑定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可解绑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已满 180 天，可以解除绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可解绑日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法在数据文件夹中创建锁文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据库由更新版本的小店管家创建（数据版本 {found}，本程序支持到 {supported}）。
为避免丢失数据，本程序不会打开或修改它。请安装最新版本的小店管家。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，未通过完整性检查。
文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文件不是小店管家的数据库。
文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据时出错，数据库文件没有被改动。
可以重试；如果反复出现，请联系技术支持并附上日志。</source>
        <translation>Opening the data failed; the database file was not changed.
You can try again; if it keeps happening, contact support and include the log.</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot Open the Data</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），里面没有任何数据。
它没有被改动。可以打开一个备份，或新建数据库（空文件会改名保留）。</source>
        <translation>The database file is empty (0 bytes) and holds no data.
It was not changed. You can open a backup or start a new database (the empty file is renamed and kept).</translation>
    </message>
    <message>
        <source>选择备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用这个备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个备份无法使用：{detail}</source>
        <translation>This backup cannot be used: {detail}</translation>
    </message>
    <message>
        <source>已新建数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文件已改名保留为：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现来历不明的日志文件</source>
        <translation>Unknown Log File Found</translation>
    </message>
    <message>
        <source>数据库旁边有一个不是本机上次运行留下的日志文件（{name}），可能是从别的电脑或同步盘复制来的。
把它合并进来可能会用别处的数据覆盖这里的修改，所以没有合并。
可以把它改名保留后打开数据库（它里面未合并的修改不会出现），或退出后自己检查。</source>
        <translation>Beside the database there is a log file ({name}) that this computer&apos;s last session did not leave; it may have been copied from another computer or a synced folder.
Merging it could overwrite changes made here with data from elsewhere, so it was not merged.
You can rename and keep it, then open the database (its unmerged changes will not appear), or quit and check it yourself.</translation>
    </message>
    <message>
        <source>改名保留并打开</source>
        <translation>Rename, Keep and Open</translation>
    </message>
    <message>
        <source>数据文件夹里用于防止重复打开的锁文件位置被一个文件夹占用：
{path}
小店管家没有打开。请把这个文件夹改名或移走，然后再启动。</source>
        <translation>The lock file that stops ShopDesk from opening twice cannot be created because a folder is in its place:
{path}
ShopDesk did not open. Rename or move that folder, then start again.</translation>
    </message>
    <message>
        <source>数据文件夹正被另一台电脑使用</source>
        <translation>The Data Folder Is in Use on Another Computer</translation>
    </message>
    <message>
        <source>这个数据文件夹被另一台电脑（{host}，进程 {pid}）上的小店管家占用。
两台电脑同时写同一个数据库会损坏数据。
如果那台电脑上的小店管家已经关闭（例如锁文件是同步盘复制过来的），可以解除锁定后打开；否则请先在那台电脑上关闭小店管家。
锁文件：{path}</source>
        <translation>This data folder is in use by ShopDesk on another computer ({host}, process {pid}).
Two computers writing the same database at once would damage it.
If ShopDesk on that computer is already closed (for example, the lock file came through a synced folder), you can release the lock and open; otherwise close ShopDesk on that computer first.
Lock file: {path}</translation>
    </message>
    <message>
        <source>解除锁定并打开</source>
        <translation>Release the Lock and Open</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到意外错误（{kind}），这次操作没有完成。已保存的数据不受影响。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队服务器密码</source>
        <translation>Team server password</translation>
    </message>
    <message>
        <source>请输入 {label} 的密码：</source>
        <translation>Password for {label}:</translation>
    </message>
    <message>
        <source>无法连接团队服务器</source>
        <translation>Can&apos;t connect to the team server</translation>
    </message>
    <message>
        <source>团队模式设置…</source>
        <translation>Team mode settings…</translation>
    </message>
    <message>
        <source>使用本机数据</source>
        <translation>Use this computer&apos;s data</translation>
    </message>
    <message>
        <source>没有替换数据</source>
        <translation>Data Not Replaced</translation>
    </message>
    <message>
        <source>原来的数据已重新打开，没有改动。
</source>
        <translation>The previous data was opened again, unchanged.
</translation>
    </message>
    <message>
        <source>无法使用数据文件夹：{path}
{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小店管家已经打开，已切换到它的窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小店管家已经打开了（数据文件夹：{path}）。
请切换到已打开的窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小店管家已经打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择达人 GMV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消官方账号绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消与 {account} 正在进行的绑定？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商家可以在抖店后台取消，账号方也可以在抖音里拒绝。请选择是哪一方取消的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商家取消(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账号方拒绝或取消(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核费：&lt;b&gt;0 元&lt;/b&gt;（企业认证店铺，免除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核费：&lt;b&gt;{yuan} 元&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，数据没有改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则不允许</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品 #{id}，{n} 个 SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填写标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未选类目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>本店 GMV（元）</source>
        <translation>Shop GMV (¥)</translation>
    </message>
    <message>
        <source>总 GMV（元）</source>
        <translation>Total GMV (¥)</translation>
    </message>
    <message>
        <source>当天本店占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达人数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出商品…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 行（每个 SKU 一行）到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规格{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>操作没有完成：程序遇到意外错误，详情已写入日志。数据没有改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘空间不足：操作没有完成，数据没有改动。请腾出空间后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有写入权限（文件夹只读或被保护）：操作没有完成，数据没有改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与服务器的连接中断：这次操作没有保存（已全部撤销）。连接恢复后请再试。</source>
        <translation>The connection to the server was lost: this operation was not saved (all of it was undone). Please try again when the connection is back.</translation>
    </message>
    <message>
        <source>数据正被另一个操作占用：操作没有完成，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接到服务器：请检查地址和端口，服务器是否开机，PostgreSQL 是否在运行，以及防火墙是否放行。</source>
        <translation>Can&apos;t reach the server: check the address and port, that the server is on, that PostgreSQL is running and that the firewall lets it through.</translation>
    </message>
    <message>
        <source>用户名或密码不对（或服务器不允许这个用户从本机登录）。</source>
        <translation>Wrong user name or password (or the server does not let this user log in from this computer).</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库：请先在服务器上用 createdb 建好（见说明文档）。</source>
        <translation>The server has no database of that name: create it on the server with createdb first (see the documentation).</translation>
    </message>
    <message>
        <source>服务器的 PostgreSQL 版本太旧（{found}）：需要 15 或更新的版本。</source>
        <translation>The server&apos;s PostgreSQL is too old ({found}): version 15 or newer is needed.</translation>
    </message>
    <message>
        <source>服务器上的数据由更新版本的小店管家写入（数据版本 {found}，本程序支持到 {supported}）。为避免丢失数据，本程序不会使用它，请先升级小店管家。</source>
        <translation>The data on the server was written by a newer ShopDesk (data version {found}, this app supports up to {supported}). To avoid losing data this app won&apos;t use it; please update ShopDesk first.</translation>
    </message>
    <message>
        <source>这个数据库里已有别的程序的数据表，不能用作小店管家的数据库。请新建一个空数据库。</source>
        <translation>This database holds another program&apos;s tables and can&apos;t be used for ShopDesk. Please create an empty database.</translation>
    </message>
    <message>
        <source>服务器上的数据库已经有店铺数据：只能迁移到一个空数据库，服务器上的数据没有改动。</source>
        <translation>The server database already has shop data: moving works only into an empty database. Nothing on the server was changed.</translation>
    </message>
    <message>
        <source>本程序没有安装团队模式组件（psycopg），无法连接服务器。</source>
        <translation>The team mode component (psycopg) is not installed, so the server can&apos;t be reached.</translation>
    </message>
    <message>
        <source>与服务器的连接中断。</source>
        <translation>The connection to the server was lost.</translation>
    </message>
    <message>
        <source>无法使用这个服务器。</source>
        <translation>This server can&apos;t be used.</translation>
    </message>
    <message>
        <source>免审核费（企业认证）</source>
        <translation>no review fee (enterprise certified)</translation>
    </message>
    <message>
        <source>审核费 {fee} 元</source>
        <translation>review fee ¥{fee}</translation>
    </message>
    <message>
        <source>官方账号：{state} · {fee}</source>
        <translation>Official account: {state} · {fee}</translation>
    </message>
    <message>
        <source>渠道号 {used}/{limit}</source>
        <translation>Channel accounts {used}/{limit}</translation>
    </message>
    <message>
        <source> · 暂无可解绑日期</source>
        <translation> · no unbind date yet</translation>
    </message>
    <message>
        <source> · {date} 起已可解绑</source>
        <translation> · unbindable since {date}</translation>
    </message>
    <message>
        <source> · 下次可解绑 {date}（还有 {days} 天）</source>
        <translation> · next unbind {date} ({days} days left)</translation>
    </message>
    <message>
        <source>自营占比：近30天无数据（{n} 个自营账号）</source>
        <translation>Self-operated share: no data in the last 30 days ({n} self-operated accounts)</translation>
    </message>
    <message>
        <source>达到 50%</source>
        <translation>at least 50%</translation>
    </message>
    <message>
        <source>低于 50%</source>
        <translation>below 50%</translation>
    </message>
    <message>
        <source>自营占比 {share}（{line}），{n} 个自营账号，贡献本店 {part}</source>
        <translation>Self-operated share {share} ({line}), {n} self-operated accounts, {part} of the shop&apos;s GMV</translation>
    </message>
    <message>
        <source>商品 {total}：</source>
        <translation>Products {total}: </translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>在图表和同样数字的表格之间切换</source>
        <translation>Switch between the chart and a table of the same numbers</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>无法写入图片文件，请换一个文件夹再试。</source>
        <translation>Could not write the image file. Please try another folder.</translation>
    </message>
    <message>
        <source>每日达人 GMV（元）</source>
        <translation>Daily influencer GMV (¥)</translation>
    </message>
    <message>
        <source>自营账号</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>其他达人</source>
        <translation>Other influencers</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{day}
自营账号 {own} 元
其他达人 {others} 元
合计 {total} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自营账号近30天本店 GMV 占比</source>
        <translation>Self-operated accounts&apos; 30-day share of shop GMV</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>自营占比</source>
        <translation>Self-operated share</translation>
    </message>
    <message>
        <source>50% 线</source>
        <translation>50% line</translation>
    </message>
    <message>
        <source>{day}：自营占比 {share}（50% 线）</source>
        <translation>{day}: self-operated share {share} (50% line)</translation>
    </message>
    <message>
        <source>近30天本店 GMV 前10名达人（元）</source>
        <translation>Top 10 influencers by shop GMV, last 30 days (¥)</translation>
    </message>
    <message>
        <source>自营</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>本店 GMV</source>
        <translation>Shop GMV</translation>
    </message>
    <message>
        <source>{name}
本店 GMV {fen} 元，占其总 GMV {share}{own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（自营）</source>
        <translation> (self-operated)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>近 {n} 天</source>
        <translation>Last {n} days</translation>
    </message>
    <message>
        <source>导出到日历…</source>
        <translation>Export to calendar…</translation>
    </message>
    <message>
        <source>提醒设置…</source>
        <translation>Reminder settings…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>店铺(&amp;D)：</source>
        <translation>Shop (&amp;D):</translation>
    </message>
    <message>
        <source>图表(&amp;C)：</source>
        <translation>&amp;Charts:</translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <source>显示已完成和推迟的</source>
        <translation>Show done and snoozed</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>稍后提醒</source>
        <translation>Remind later</translation>
    </message>
    <message>
        <source>{n} 天后</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <source>一键提议自营</source>
        <translation>Propose all as self-operated</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>图表加载中…</source>
        <translation>Loading charts…</translation>
    </message>
    <message>
        <source>{n} 天后提醒</source>
        <translation>Remind in {n} days</translation>
    </message>
    <message>
        <source>全部店铺</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>今日待办：{n} 项</source>
        <translation>To-dos today: {n}</translation>
    </message>
    <message>
        <source>（另有 {m} 项已完成或推迟）</source>
        <translation> ({m} more done or snoozed)</translation>
    </message>
    <message>
        <source>图片已导出：{p}</source>
        <translation>Image exported: {p}</translation>
    </message>
    <message>
        <source>将「{shop}」{n} 个符合条件的达人标记为自营，并等待达人授权？</source>
        <translation>Mark the {n} qualifying influencers of “{shop}” as self-operated and wait for their authorization?</translation>
    </message>
    <message>
        <source>已提议 {n} 个达人为自营，等待授权</source>
        <translation>Proposed {n} influencers as self-operated; waiting for authorization</translation>
    </message>
    <message>
        <source>今天有 {n} 项待办需要处理，见下方“今日待办”。</source>
        <translation>{n} to-dos need attention today; see “To-dos today” below.</translation>
    </message>
    <message>
        <source>导出到日历</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>已导出 {n} 个日程到 {p}</source>
        <translation>Exported {n} events to {p}</translation>
    </message>
    <message>
        <source>提醒设置</source>
        <translation>Reminder settings</translation>
    </message>
    <message>
        <source>启动时有待办，在系统托盘显示通知</source>
        <translation>Show a tray notification at start-up when to-dos are due</translation>
    </message>
    <message>
        <source>小店管家</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>小店管家：今日待办</source>
        <translation>ShopDesk: to-dos today</translation>
    </message>
    <message>
        <source>今天有 {n} 项待办需要处理</source>
        <translation>{n} to-dos need attention today</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>the data folder</translation>
    </message>
    <message>
        <source>磁盘空间不足：还需要约 {need} MB 可用空间。</source>
        <translation>Not enough disk space: about {need} MB more free space is needed.</translation>
    </message>
    <message>
        <source>（现在可用 {free} MB）</source>
        <translation> ({free} MB free now)</translation>
    </message>
    <message>
        <source>请在 {where} 所在的磁盘上释放空间，然后重试。数据没有改动。</source>
        <translation>Free some space on the disk of {where}, then try again. No data was changed.</translation>
    </message>
    <message>
        <source>数据库文件是只读的，而这个版本需要先升级它的数据格式。
请让文件可写（检查文件属性或权限）后重试：{where}</source>
        <translation>The database file is read-only, and this version must first upgrade its data format.
Make the file writable (check its properties or permissions) and try again: {where}</translation>
    </message>
    <message>
        <source>没有写入权限：这里是只读的（文件或文件夹）：{where}
请检查它的属性或权限，或把数据放到可写的位置。</source>
        <translation>No permission to write: this file or folder is read-only: {where}
Check its properties or permissions, or keep the data in a writable place.</translation>
    </message>
    <message>
        <source>数据库的位置上是一个文件夹，而不是数据库文件：{where}
请把这个文件夹改名或移走后重试。</source>
        <translation>There is a folder where the database file should be: {where}
Rename or move that folder, then try again.</translation>
    </message>
    <message>
        <source>数据文件夹不存在或无法访问：{where}
如果它在移动硬盘或网络盘上，请先连接后重试。</source>
        <translation>The data folder does not exist or cannot be reached: {where}
If it is on an external or network drive, connect it and try again.</translation>
    </message>
    <message>
        <source>没有写入权限，或无法访问：{where}
请检查文件夹和文件的权限后重试。</source>
        <translation>No permission to write, or no access: {where}
Check the permissions of the folder and its files, then try again.</translation>
    </message>
    <message>
        <source>读写磁盘时出错（磁盘或连接可能有问题）：{where}
数据库文件本身没有被判为损坏，也没有被改动。请检查磁盘或连接后重试；如果反复出现，请尽快备份。</source>
        <translation>A disk read or write failed (the disk or its connection may have a problem): {where}
The database file was not judged damaged and was not changed. Check the disk or connection and try again; if it keeps happening, make a backup soon.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序占用，等待超时。请关闭其他正在使用它的程序后重试。</source>
        <translation>Another program kept the database busy for too long. Close other programs using it, then try again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏：{where}
请用 工具 → 检查数据库… 查看，或从备份恢复。</source>
        <translation>The database file is damaged: {where}
Use Tools → Check Database… or restore a backup.</translation>
    </message>
    <message>
        <source>导出全部数据</source>
        <translation>Export All Data</translation>
    </message>
    <message>
        <source>小店管家数据 (*.shopdesk)</source>
        <translation>ShopDesk data (*.shopdesk)</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>全部数据已导出到：
{path}
{shops} 个店铺，{products} 个商品，{images} 张图片，{size:.1f} MB。
在另一台电脑上用 工具 → 导入全部数据… 打开它。</source>
        <translation>All data was exported to:
{path}
{shops} shops, {products} products, {images} images, {size:.1f} MB.
On the other computer, open it with Tools → Import All Data….</translation>
    </message>
    <message>
        <source>正在导出全部数据…</source>
        <translation>Exporting all data…</translation>
    </message>
    <message>
        <source>导入全部数据</source>
        <translation>Import All Data</translation>
    </message>
    <message>
        <source>文件已通过校验：{made} 由小店管家 {version} 导出，{shops} 个店铺，{products} 个商品，{images} 张图片。

导入会替换这台电脑上现在的全部数据。现在的数据会先保存为一个备份（“导入前的数据”），可以在 工具 → 备份与恢复… 中恢复。</source>
        <translation>The file passed verification: exported on {made} by ShopDesk {version}, {shops} shops, {products} products, {images} images.

Importing replaces all data on this computer. The current data is first saved as a backup (“Data before an import”) that you can restore from Tools → Backup and Restore….</translation>
    </message>
    <message>
        <source>替换并导入</source>
        <translation>Replace and Import</translation>
    </message>
    <message>
        <source>正在校验导入文件…</source>
        <translation>Verifying the file…</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># 规则说明

找不到规则说明文件（docs/rules.md）。请重新安装小店管家。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在对话框中确认（例如保存草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开选中行的默认操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在控件之间移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快速上手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作(&amp;A)</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>这一页没有针对所选内容的操作</source>
        <translation>This page has no actions for a selection</translation>
    </message>
</context>
<context>
    <name>AccountsDiffDialog</name>
    <message>
        <source>核对绑定账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绑定账号核对结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按抖店导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店列出的官方账号和渠道号，与本地记录对照：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>官方账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店有，本地没有记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地有，抖店没有列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普通达人（不核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普通达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有「抖店有，本地没有记录」的账号可以导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>官方账号(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道号(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自营账号(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>小店管家会在关闭时（有修改时）和每使用 30 分钟自动备份，并按计划保留：最近 10 个、最近 7 天每天 1 个、最近 4 周每周 1 个、最近 12 个月每月 1 个。未能打开而改名保留的数据库文件也列在这里，永远不会被自动删除。</source>
        <translation>ShopDesk backs up automatically when it closes (if something changed) and every 30 minutes of use, and keeps the newest 10, one a day for 7 days, one a week for 4 weeks and one a month for 12 months. Database files that could not be opened and were renamed are listed here too and are never deleted automatically.</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>恢复(&amp;R)…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>打开备份文件夹(&amp;O)</source>
        <translation>&amp;Open Backup Folder</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>关闭时备份</source>
        <translation>Backup on close</translation>
    </message>
    <message>
        <source>恢复前的数据</source>
        <translation>Data before a restore</translation>
    </message>
    <message>
        <source>导入前的数据</source>
        <translation>Data before an import</translation>
    </message>
    <message>
        <source>修复前的数据</source>
        <translation>Data before a repair</translation>
    </message>
    <message>
        <source>未能打开的数据库（已改名保留）</source>
        <translation>Database that could not be opened (renamed, kept)</translation>
    </message>
    <message>
        <source>升级前备份（数据版本 {v} 之前）</source>
        <translation>Backup before upgrade (before data version {v})</translation>
    </message>
    <message>
        <source>还没有备份。点“立即备份”做第一个。</source>
        <translation>No backups yet. Click “Back Up Now” to make the first one.</translation>
    </message>
    <message>
        <source>数据库是只读的，不能恢复。</source>
        <translation>The database is read-only; it cannot be restored.</translation>
    </message>
    <message>
        <source>正在备份…（可以继续使用小店管家）</source>
        <translation>Backing up… (you can keep using ShopDesk)</translation>
    </message>
    <message>
        <source>正在备份… {pct}%</source>
        <translation>Backing up… {pct}%</translation>
    </message>
    <message>
        <source>已备份并通过完整性检查：{name}</source>
        <translation>Backed up and passed the integrity check: {name}</translation>
    </message>
    <message>
        <source>备份没有完成：</source>
        <translation>The backup did not finish: </translation>
    </message>
    <message>
        <source>不能用这个备份恢复</source>
        <translation>This backup cannot be used</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>用 {when} 的备份（{shops} 个店铺，{products} 个商品）替换现在的全部数据？
现在的数据会先保存为一个备份（“恢复前的数据”），随时可以再恢复回来。</source>
        <translation>Replace all current data with the backup of {when} ({shops} shops, {products} products)?
The current data is first saved as a backup (“Data before a restore”) that you can restore at any time.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoTab</name>
    <message>
        <source>8–30 个汉字（16–60 个字符单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一句话推荐，不能包含表情符号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大于 0 且小于 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重量单位</source>
        <translation>Weight unit</translation>
    </message>
    <message>
        <source>商品类型(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品标题(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推荐语(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重量(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付方式(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>库存计数(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类目属性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先在“类目”一步选择末级类目，这里会列出它的属性。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} / {max} 单位（汉字算 2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个类目没有类目属性。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <source>批量标记结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标记 {ok} 个账号为自营，正在等待达人授权；{bad} 个账号没有标记，原因见下表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;下一步：在抖音电商罗盘中点击「完成并去申请权限」，达人同意或拒绝后，回到这里记录结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标记，等待达人授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingDateDialog</name>
    <message>
        <source>绑定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店不提供「{name}」的绑定日期，请按抖店后台的记录填写（渠道号满 180 天才能解绑）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绑定日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>搜索类目：输入名称的一部分（↑↓ 选择，回车确定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类目(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例类目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是软件自带的示例类目：名称仿照真实类目，ID 为虚构，仅供试用。导入平台类目文件后会被替换。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入类目(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从平台开放接口导出的 JSON 文件导入完整类目树（整体替换，失败时不改动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类目树</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类目搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>叶子类目：可以发布商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只显示前 {n} 个，请输入更多字缩小范围）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {n} 个叶子类目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名称包含「{text}」的类目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选类目：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未选择类目（只能选择最末级的叶子类目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入类目文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON 文件 (*.json);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入类目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入类目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {nodes} 个类目，其中 {leaves} 个可用的叶子类目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个旧类目仍被商品使用，已保留为停用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelBindDialog</name>
    <message>
        <source>新增绑定渠道号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记已有渠道号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;在抖店后台：&lt;/b&gt;营销中心 → 直播卖货 → 账号管理 → &lt;b&gt;新增绑定账号&lt;/b&gt;，选择渠道，登录该账号并输入平台发送的验证码。&lt;br&gt;本应用&lt;b&gt;不保存密码或验证码&lt;/b&gt;，只记录绑定了哪个账号、何时绑定。&lt;br&gt;平台上绑定成功后，在列表中点 &lt;b&gt;绑定完成&lt;/b&gt;。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记在平台上&lt;b&gt;早已完成&lt;/b&gt;的绑定，请填写真实的绑定日期（不能晚于今天），这样 180 天的解绑期限才计算正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台上的账号 ID，例如：xiaolin_live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账号 ID(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绑定日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPanel</name>
    <message>
        <source>显示已解绑/已取消(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道可选：抖音、今日头条/西瓜、火山。每个店铺最多 5 个渠道号（绑定中的也计入）；绑定满 180 天后才能解除绑定。抖店后台路径：&lt;b&gt;营销中心 → 直播卖货 → 账号管理 → 新增绑定账号 / 解除绑定&lt;/b&gt;。登录和验证码在平台上完成，本应用不保存密码或验证码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道号列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已绑定 {n}/{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（其中 {k} 个绑定中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还可以再绑定 {k} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有渠道号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认已在抖店后台解除 {account} 的绑定，并在这里记录？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>检查数据库</source>
        <translation>Check Database</translation>
    </message>
    <message>
        <source>检查数据文件是否完好、记录之间的关联，以及账号规则（每店 1 个官方账号、最多 5 个渠道号、一个账号只能是一个店铺的自营账号）、保护规则的触发器和每张商品图片。修复只做不会丢失任何数据的事（例如重建索引），而且修复前会先备份。</source>
        <translation>Checks that the data file is intact, the links between records, the account rules (one official account per shop, at most 5 channel accounts, an account self-operated for one shop only), the triggers that protect the rules, and every product image. Repairs only do what cannot lose any data (such as rebuilding indexes), after a backup.</translation>
    </message>
    <message>
        <source>开始检查(&amp;S)</source>
        <translation>&amp;Start Check</translation>
    </message>
    <message>
        <source>安全修复(&amp;R)</source>
        <translation>Safe &amp;Repair</translation>
    </message>
    <message>
        <source>正在检查…（大的数据库可能需要一会儿，窗口可以继续使用）</source>
        <translation>Checking… (a large database can take a while; the window stays usable)</translation>
    </message>
    <message>
        <source>正在备份并修复…</source>
        <translation>Backing up and repairing…</translation>
    </message>
    <message>
        <source>检查没有完成：</source>
        <translation>The check did not finish: </translation>
    </message>
    <message>
        <source>修复前已备份到：{path}</source>
        <translation>Backed up before the repair to: {path}</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>已修复，再次检查没有发现问题。</source>
        <translation>Repaired; checking again found no problems.</translation>
    </message>
    <message>
        <source>发现 {n} 个问题，其中 {r} 个可以安全修复。</source>
        <translation>Found {n} problems; {r} of them can be repaired safely.</translation>
    </message>
    <message>
        <source>［可修复］</source>
        <translation>[repairable]</translation>
    </message>
    <message>
        <source>［需要你处理］</source>
        <translation>[needs you]</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>同步冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这些商品在本地修改过，抖店上也有变化。小店管家不会自动覆盖，请逐个选择保留哪一边。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店商品 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留本地(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用抖店(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>&lt;h1&gt;欢迎使用小店管家&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小店管家帮你在自己的电脑上记录每个抖店绑定的账号（官方账号、渠道号、自营账号），在提交审核前按平台规则检查商品。数据只保存在本机，不需要服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先新建你的第一个店铺；也可以先打开示例数据看看（示例数据单独存放，不会混入你的数据）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建店铺(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开示例数据(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GmvEntryDialog</name>
    <message>
        <source>录入达人 GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达人的抖音号等账号 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该达人当天全部带货 GMV，不小于本店 GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账号 ID(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本店 GMV（元）(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总 GMV（元）(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GmvImportDialog</name>
    <message>
        <source>导入达人 GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：{name}&#x3000;格式：{kind}{enc}&#x3000;约 {n} 行数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，编码 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件预览</source>
        <translation>File preview</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 1 步：对应列&lt;/b&gt;&#x3000;按表头名称自动匹配；名称不同时请为每个字段选择文件中的列（* 为必填）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件预览（前 {n} 行）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>跳过有错误的行，只导入正确的行(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;第 2 步：检查数据&lt;/b&gt;&#x3000;检查时不会写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {rows} 行数据：{good} 行可以导入，{bad} 行有错误；{blank} 个空行已忽略。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有错误的文件不会导入任何数据，除非选择跳过错误行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;导入完成&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 {ins} 条，更新 {upd} 条，与已有数据相同 {same} 条；跳过错误行 {skip} 条，空行 {blank} 个；新建达人账号 {acc} 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列已对应好，可以检查数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中有错误行：请修正文件，或勾选「跳过有错误的行」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部店铺</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>账号或对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按账号或对象筛选</source>
        <translation>Filter by account or object</translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>在结果中查找（Ctrl+F）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺(&amp;S)</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <source>&lt;b&gt;操作记录&lt;/b&gt;&#x3000;每一次绑定、确认、取消、解绑、标记、取消标记和被拒绝的尝试都记在这里，只能查看，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合筛选条件的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有操作记录：绑定账号、标记自营或提交商品后，每一次操作（包括被拒绝的）都会记在这里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <source>主图列表，第一张为主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加图片(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← 左移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>右移 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向前移动（Ctrl+←）；第一张是主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向后移动（Ctrl+→）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除选中的图片（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG 或 JPEG，至少 600×600 像素，不超过 1 MB，建议正方形；可以把图片文件拖到这里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片未添加的技术细节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}/{max} 张，第一张为主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（正在检查 {n} 张…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已达上限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多 {n} 张主图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加 PNG/JPEG 主图</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfluencersPage</name>
    <message>
        <source>达人 GMV 记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按昵称、账号 ID、日期查找（Ctrl+F）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间范围(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;达人数据&lt;/b&gt;&#x3000;每个达人账号每天一条：本店商品 GMV 和该达人的总 GMV。可手工录入，或导入从抖店/罗盘导出的 CSV、XLSX 文件（同一文件重复导入不会重复记录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这段时间还没有达人 GMV 记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近30天（{start} 至 {end}）：达人带来本店 GMV ¥{total}，{n} 个达人；其中自营账号 ¥{own}（{k} 个），占 {share}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只显示最近的 {n} 条，请缩小时间范围）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 GMV 记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除「{name}」{day} 的 GMV 记录？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>团队服务器：已连接（{label}）</source>
        <translation>Team server: connected ({label})</translation>
    </message>
    <message>
        <source>团队服务器连接中断：只显示最后载入的数据，修改不会保存；正在自动重新连接…</source>
        <translation>Team server unreachable: showing the data last loaded, changes are not saved; reconnecting…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>小店管家</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>页面导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source> 店铺：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺(&amp;S)</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <source>团队模式(&amp;T)…</source>
        <translation>&amp;Team mode…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收起侧栏(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则说明(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快速上手(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于小店管家(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>展开侧栏(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前店铺：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未选择店铺</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialBindDialog</name>
    <message>
        <source>绑定店铺官方账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意图：真实二维码显示在抖店后台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意二维码（请在抖店后台扫码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;在抖店后台完成绑定：&lt;/b&gt;&lt;ol&gt;&lt;li&gt;打开 &lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt;，页面显示二维码；&lt;/li&gt;&lt;li&gt;用要绑定的抖音账号扫码，在抖音里点 &lt;b&gt;接受绑定&lt;/b&gt;；&lt;/li&gt;&lt;li&gt;回到这里点 &lt;b&gt;记录已接受&lt;/b&gt;，再点 &lt;b&gt;确认绑定&lt;/b&gt;（确认后永久有效）。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;只有抖音账号可以作为官方账号；一个店铺只有一个官方账号，一个账号也只能做一个店铺的官方账号。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：xiaolin_jiaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖音号(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialConfirmDialog</name>
    <message>
        <source>确认绑定官方账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要绑定为本店官方账号：&lt;b&gt;{account}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;绑定是永久的：&lt;/b&gt;确认后，官方账号不能解绑，也不能更换为其他账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我已了解：绑定后永久有效，不能解绑或更换(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂不确认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialPanel</name>
    <message>
        <source>绑定店铺官方账号可以提升店铺曝光，帮助店铺沉淀私域流量。抖店后台路径：&lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt;。只有抖音账号可以作为官方账号；绑定确认后&lt;b&gt;永久有效，不能解绑或更换&lt;/b&gt;。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>官方账号绑定记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一个店铺。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;未绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;{account}&#x3000;已绑定（{date} 起，永久有效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;{account}&#x3000;{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有官方账号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>待办事项</source>
        <translation>To-do items</translation>
    </message>
</context>
<context>
    <name>PlatformConnectionDialog</name>
    <message>
        <source>平台连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在抖店开放平台创建「自用型应用」并授权给本店后，把应用的 App Key、App Secret 和本店的店铺 ID 填在这里。App Secret 只保存在系统钥匙串中，不会写进数据文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存在系统钥匙串中（留空则不修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应用的 App Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认 https://openapi-fxg.jinritemai.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Key(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺 ID(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网关地址(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>删除连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已连接：{name}（上次测试 {at}）
网关：{gw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，尚未测试连接。
网关：{gw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接抖店开放平台…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在测试连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接成功：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接已删除，钥匙串中的令牌已清除。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>抖店开放平台拒绝了签名（{code}）：App Secret 不正确，或与 App Key 不匹配。请在「平台连接」里重新填写 App Secret。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台拒绝了请求时间（{code}）：请检查电脑的日期和时间是否准确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺授权已失效（{code}）：请在抖店后台确认自用型应用仍授权给本店，然后在「平台连接」里点「测试连接」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有调用 {method} 的权限（{code}）：请在抖店开放平台为该应用开通对应的接口权限包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台限流（{code}）：已重试 {tries} 次仍被限流，请稍后再同步。没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台暂时不可用（{code}）：已重试 {tries} 次，请稍后再试。没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台在 {seconds} 秒内没有响应（{method}，超时）。请检查网络后重试。没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接不到抖店开放平台（{method}）：{reason}。请检查网络和网关地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与抖店开放平台的安全连接校验失败（{method}，TLS 证书）：为安全起见没有继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台返回了无法识别的内容（{method}，不是有效的 JSON）。没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台返回错误（{method}，{code}）：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授权的店铺（{got}）与这里填写的店铺 ID（{want}）不一致，请检查店铺 ID。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这台电脑没有可用的系统钥匙串（{backend}），App Secret 无法安全保存。小店管家不会把密钥存成明文文件；请启用系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service）后再连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统钥匙串出错，无法读取或保存密钥：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>钥匙串里没有这个店铺的 App Secret，请在「平台连接」里填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消同步，没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店开放平台返回的内容过大（{method}，超过 {limit} MB），已停止。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformMenu</name>
    <message>
        <source>平台连接(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取类目(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取商品与审核状态(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对绑定账号(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取联盟订单 GMV（近 30 天）(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步冲突(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交到抖店（预演）(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步记录(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在「平台连接」里连接本店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在「商品」页选择一个商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步完成：{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从抖店拉取类目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从抖店拉取商品和审核状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从抖店拉取绑定账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从抖店拉取联盟订单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交到抖店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在「商品」页选择一个商品。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>编辑商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交审核(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存草稿（Ctrl+S 或 Ctrl+Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品 #{id}&#x3000;状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核未通过 — {field}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是已审核通过的商品：修改后需重新提交审核，提交后回到“待审核”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交给平台审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有错误也可以先保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {n} 处需要修改（见各步骤中红字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已符合全部规则，可以提交审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭编辑器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个商品有未保存的修改。关闭前要保存为草稿吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按标题或商品ID查找（Ctrl+F）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不可用的操作 — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这个状态的商品。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有商品。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制为新的草稿，可以在编辑器中修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除这个商品？删除后不能恢复（操作记录会保留）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品导出.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushDryRunDialog</name>
    <message>
        <source>提交到抖店（预演，未发送）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只做预演，没有发送到抖店：图片需要先上传到抖店素材中心（material.uploadImageSync 只接受公网可访问的图片地址或另行上传得到的 file_uri），而公开资料无法确认 pic 是否接受素材中心以外的地址。下面是将要发送的完整请求（签名和令牌已隐去，图片为占位符）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>记录审核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未通过原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加原因(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&#x3000;当前状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填写标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台给出的审核结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未通过时，每个有问题的字段写一条原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台写的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核未通过时请至少填写一条原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTools</name>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backup and Restore…</translation>
    </message>
    <message>
        <source>检查数据库(&amp;C)…</source>
        <translation>&amp;Check Database…</translation>
    </message>
    <message>
        <source>导出全部数据(&amp;E)…</source>
        <translation>&amp;Export All Data…</translation>
    </message>
    <message>
        <source>导入全部数据(&amp;I)…</source>
        <translation>&amp;Import All Data…</translation>
    </message>
    <message>
        <source>数据库文件是只读的：可以查看，但不能修改。要修改，请让文件可写（检查文件属性或权限）后重新打开小店管家。</source>
        <translation>The database file is read-only: you can look but not change anything. To make changes, make the file writable (check its properties or permissions) and open ShopDesk again.</translation>
    </message>
    <message>
        <source>只读提示</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <source>已自动备份</source>
        <translation>Backed up automatically</translation>
    </message>
    <message>
        <source>自动备份没有完成：</source>
        <translation>The automatic backup did not finish: </translation>
    </message>
    <message>
        <source>数据库检查发现问题</source>
        <translation>The database check found problems</translation>
    </message>
    <message>
        <source>例行检查发现数据库有问题。请用 工具 → 检查数据库… 查看详情并修复（修复前会自动备份）。</source>
        <translation>The routine check found problems in the database. Use Tools → Check Database… to see the details and repair them (a backup is made first).</translation>
    </message>
</context>
<context>
    <name>SelfOperatedPanel</name>
    <message>
        <source>全部达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待达人授权</source>
        <translation>Waiting for authorization</translation>
    </message>
    <message>
        <source>自营账号</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>显示(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;自营账号&lt;/b&gt;&#x3000;近30天（含今天）在本店的带货 GMV 占该达人总 GMV ≥ 50% 的达人可标记为自营；标记后需达人授权。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达人账号列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按昵称、账号 ID 查找（Ctrl+F）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合筛选条件的达人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有达人 GMV 数据：录入或导入后，这里列出每个达人的近30天占比。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近30天（{start} 至 {end}）达人带来本店 GMV &lt;b&gt;¥{total}&lt;/b&gt;（{n} 个达人），其中自营账号 &lt;b&gt;¥{own}&lt;/b&gt;（{k} 个），占 &lt;b&gt;{share}&lt;/b&gt;。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 {shown} / 共 {n} 个，符合条件 {e} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标记「{name}」为自营，等待达人授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录「{name}」拒绝授权？该账号将恢复为带货账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将「{name}」标记为带货？它将不再是本店的自营账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记「{name}」已由平台自动配置为本店的自营账号？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在批量标记 {n} 个账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在提议全部符合条件的账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量标记为自营</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外观(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的界面语言在下次启动小店管家时生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>修改店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：小林家居旗舰店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抖店后台显示的店铺 ID，只含数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已企业认证（官方账号审核费免除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台店铺 ID(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSwitcher</name>
    <message>
        <source>当前店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建店铺(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改店铺(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档店铺(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复已归档店铺(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（企业认证）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一个店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档「{name}」？
归档后它不再出现在店铺列表中，数据全部保留，可随时恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要恢复的店铺：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecsTab</name>
    <message>
        <source>规格（最多 3 个，规格值用逗号或顿号分隔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规格名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规格值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：尺码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：红，黑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：S，M，L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规格 {n} 名称</source>
        <translation>Spec {n} name</translation>
    </message>
    <message>
        <source>规格 {n} 规格值</source>
        <translation>Spec {n} values</translation>
    </message>
    <message>
        <source>SKU 价格与库存</source>
        <translation>SKU prices and stock</translation>
    </message>
    <message>
        <source>售价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>库存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量设置售价</source>
        <translation>Batch sale price</translation>
    </message>
    <message>
        <source>批量设置原价</source>
        <translation>Batch original price</translation>
    </message>
    <message>
        <source>批量设置库存</source>
        <translation>Batch stock</translation>
    </message>
    <message>
        <source>设置到所选 SKU(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把填写的价格或库存设置到选中的 SKU；没有选中时设置到全部 SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量设置：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunsDialog</name>
    <message>
        <source>同步记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有同步过。在「平台」菜单里连接店铺后拉取类目、商品或绑定账号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunsModel</name>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取类目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取类目属性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取绑定账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉取联盟订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交到抖店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预演（未发送）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s:.1f} 秒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTask</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与抖店同步</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>筛选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>为什么不能…？(&amp;W)</source>
        <translation>&amp;Why not…?</translation>
    </message>
    <message>
        <source>所选内容的所有操作现在都可以使用。</source>
        <translation>Every action is available for the selection.</translation>
    </message>
    <message>
        <source>“{action}”：{reason}</source>
        <translation>“{action}”: {reason}</translation>
    </message>
    <message>
        <source>先选择一行</source>
        <translation>select a row first</translation>
    </message>
    <message>
        <source>这些操作现在不能用：</source>
        <translation>These actions are not available now:</translation>
    </message>
    <message>
        <source>为什么不能…？</source>
        <translation>Why not…?</translation>
    </message>
    <message>
        <source>“{action}”不可用：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在上方选择或新建一个店铺。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合筛选条件的记录。按 Esc 清除筛选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 {key}「{label}」开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点「{label}」开始。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>团队模式</source>
        <translation>Team mode</translation>
    </message>
    <message>
        <source>几台电脑共用一套店铺数据：数据放在办公室一台电脑或 NAS 上的 PostgreSQL 服务器里。不填时，小店管家只用本机的数据文件。</source>
        <translation>Several computers share one set of shop data, kept on a PostgreSQL server on an office computer or a NAS. Leave empty and ShopDesk uses only this computer&apos;s data file.</translation>
    </message>
    <message>
        <source>使用团队服务器(&amp;U)</source>
        <translation>&amp;Use the team server</translation>
    </message>
    <message>
        <source>保存在系统钥匙串中</source>
        <translation>kept in the system keychain</translation>
    </message>
    <message>
        <source>例如 \\NAS\shopdesk\images</source>
        <translation>e.g. \\NAS\shopdesk\images</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>服务器地址(&amp;H)：</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>端口(&amp;P)：</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>数据库(&amp;D)：</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>用户名(&amp;N)：</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>SSL 模式：</source>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <source>共享图片文件夹(&amp;I)：</source>
        <translation>Shared &amp;image folder:</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>迁移到服务器(&amp;M)…</source>
        <translation>&amp;Move to server…</translation>
    </message>
    <message>
        <source>把本机的数据复制到一个空的服务器数据库；本机文件保持不变，作为备份。</source>
        <translation>Copy this computer&apos;s data into an empty server database; the local file stays unchanged as a backup.</translation>
    </message>
    <message>
        <source>选择共享图片文件夹</source>
        <translation>Choose the shared image folder</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>正在连接服务器…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>设置已保存。重新打开小店管家后生效。</source>
        <translation>Settings saved. They take effect when ShopDesk is opened again.</translation>
    </message>
    <message>
        <source>迁移到服务器</source>
        <translation>Move to server</translation>
    </message>
    <message>
        <source>把本机的全部数据复制到服务器数据库“{db}”？
服务器数据库必须是空的；本机文件不会被改动。</source>
        <translation>Copy all of this computer&apos;s data into the server database &quot;{db}&quot;?
The server database must be empty; the local file is not changed.</translation>
    </message>
    <message>
        <source>正在迁移到服务器…</source>
        <translation>Moving to the server…</translation>
    </message>
    <message>
        <source>迁移完成：{tables} 张表共 {rows} 行、{images} 张图片，已逐表核对行数和校验和。勾选“使用团队服务器”并确定即可切换。</source>
        <translation>Moved: {rows} rows in {tables} tables and {images} images; row counts and checksums verified table by table. Tick &quot;Use the team server&quot; and press OK to switch.</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>文件是空的（0 字节）</source>
        <translation>The file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>文件大小 {size:,} 字节超过 1 MB（{max:,} 字节）上限</source>
        <translation>The file is {size:,} bytes, over the 1 MB ({max:,} bytes) limit</translation>
    </message>
    <message>
        <source>文件内容是 {format} 格式的图片，只接受 PNG 或 JPEG（按内容判断，与文件名无关）</source>
        <translation>The file contains a {format} image; only PNG or JPEG is accepted (judged by the content, not the file name)</translation>
    </message>
    <message>
        <source>文件内容不是可识别的图片，只接受 PNG 或 JPEG（按内容判断，与文件名无关）</source>
        <translation>The file does not contain a recognisable image; only PNG or JPEG is accepted (judged by the content, not the file name)</translation>
    </message>
    <message>
        <source>图片声明的尺寸 {width}×{height} 过大（超过 {megapixels} 百万像素），可能是恶意构造的文件，已拒绝</source>
        <translation>The image claims to be {width}×{height}, over {megapixels} megapixels; it may be a malicious file and was refused</translation>
    </message>
    <message>
        <source>图片声明的像素数量过多，可能是恶意构造的文件，已拒绝</source>
        <translation>The image claims far too many pixels; it may be a malicious file and was refused</translation>
    </message>
    <message>
        <source>{format} 文件已损坏或不完整：数据没到结尾就断了（常见于没下载完或复制中断的文件）</source>
        <translation>The {format} file is damaged or incomplete: its data stops before the end (common when a download or copy was interrupted)</translation>
    </message>
    <message>
        <source>{format} 文件已损坏或不完整：图像数据无法解码（文件可能被其他程序改坏了）</source>
        <translation>The {format} file is damaged or incomplete: its image data cannot be decoded (another program may have damaged it)</translation>
    </message>
    <message>
        <source>图片尺寸 {width}×{height} 小于 {min}×{min} 像素</source>
        <translation>The image is {width}×{height}, smaller than {min}×{min} pixels</translation>
    </message>
    <message>
        <source>图片不是正方形（{width}×{height}），平台更推荐 1:1 的主图</source>
        <translation>The image is not square ({width}×{height}); the platform prefers 1:1 main images</translation>
    </message>
    <message>
        <source>无法读取这个文件：它可能已被移走、没有读取权限或正被其他程序占用</source>
        <translation>This file cannot be read: it may have been moved, you may lack permission, or another program is using it</translation>
    </message>
    <message>
        <source>这不是一个文件（可能是文件夹）</source>
        <translation>This is not a file (perhaps a folder)</translation>
    </message>
    <message>
        <source>最多 {max} 张主图</source>
        <translation>At most {max} main images</translation>
    </message>
    <message>
        <source>至少需要 1 张主图</source>
        <translation>At least 1 main image is needed</translation>
    </message>
    <message>
        <source>图片合格，但已有 {max} 张主图，没有空位了；删掉一张再添加</source>
        <translation>The image is fine, but there are already {max} main images and no free place; remove one first</translation>
    </message>
    <message>
        <source>这张图片已经添加过了</source>
        <translation>This image has already been added</translation>
    </message>
    <message>
        <source>无法添加：程序遇到意外错误，详见详细信息</source>
        <translation>Could not add it: the program hit an unexpected error (see Details)</translation>
    </message>
    <message>
        <source>{text}（{rule}）</source>
        <translation>{text} ({rule})</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>关于小店管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;小店管家 ShopDesk {version}&lt;/h3&gt;&lt;p&gt;抖店账号与商品的本地管理工具：所有数据只保存在这台电脑上。&lt;/p&gt;&lt;p&gt;数据文件夹：&lt;br&gt;&lt;code&gt;{data_dir}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;数据库文件：&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>抖店开放平台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>连接成功：PostgreSQL {version}。</source>
        <translation>Connected: PostgreSQL {version}. </translation>
    </message>
    <message>
        <source>数据库里还没有店铺数据，可以迁移本机数据。</source>
        <translation>The database has no shop data yet: this computer&apos;s data can be moved there.</translation>
    </message>
    <message>
        <source>数据库里已有小店管家数据。</source>
        <translation>The database already holds ShopDesk data.</translation>
    </message>
</context>
<context>
    <name>todos</name>
    <message>
        <source>渠道号可解绑</source>
        <translation>Channel account unbindable</translation>
    </message>
    <message>
        <source>绑定未完成</source>
        <translation>Binding not completed</translation>
    </message>
    <message>
        <source>等待达人授权</source>
        <translation>Waiting for authorization</translation>
    </message>
    <message>
        <source>可提议自营</source>
        <translation>Can propose self-operated</translation>
    </message>
    <message>
        <source>自营占比不足</source>
        <translation>Self-operated share too low</translation>
    </message>
    <message>
        <source>审核时间过长</source>
        <translation>Review taking long</translation>
    </message>
    <message>
        <source>审核未通过</source>
        <translation>Review rejected</translation>
    </message>
    <message>
        <source>草稿有错误</source>
        <translation>Draft has errors</translation>
    </message>
    <message>
        <source>GMV 数据过旧</source>
        <translation>GMV data out of date</translation>
    </message>
    <message>
        <source>渠道号「{account}」已满180天，{date} 起可以解除绑定</source>
        <translation>Channel account “{account}” has passed 180 days; it can be unbound since {date}</translation>
    </message>
    <message>
        <source>渠道号「{account}」将于 {date} 满180天可解绑，还有 {days} 天</source>
        <translation>Channel account “{account}” reaches 180 days on {date} and can then be unbound ({days} days left)</translation>
    </message>
    <message>
        <source>官方账号「{account}」绑定已等待扫码 {days} 天</source>
        <translation>Official account “{account}” has been waiting for its scan for {days} days</translation>
    </message>
    <message>
        <source>官方账号「{account}」已扫码，等待商家确认 {days} 天</source>
        <translation>Official account “{account}” scanned; waiting for the merchant&apos;s confirmation for {days} days</translation>
    </message>
    <message>
        <source>渠道号「{account}」绑定中已 {days} 天，请确认平台是否已完成</source>
        <translation>Channel account “{account}” has been pending for {days} days; check whether the platform completed it</translation>
    </message>
    <message>
        <source>达人「{account}」已等待授权 {days} 天</source>
        <translation>Influencer “{account}” has been waiting to authorize for {days} days</translation>
    </message>
    <message>
        <source>{count} 个达人近30天本店 GMV 占比达到 50%，尚未标记为自营，可一键提议</source>
        <translation>{count} influencers have at least 50% of their last-30-day GMV in this shop and are not marked self-operated; propose them in one click</translation>
    </message>
    <message>
        <source>自营账号「{account}」近30天本店 GMV 占比 {share}，已低于 50%</source>
        <translation>Self-operated account “{account}” has a last-30-day shop share of {share}, below 50%</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>商品「{title}」已待审核 {days} 天，请到平台查看审核结果</source>
        <translation>Product “{title}” has been in review for {days} days; check the result on the platform</translation>
    </message>
    <message>
        <source>商品「{title}」等 {count} 个商品待审核超过 {limit} 天（最久 {days} 天），请到平台查看审核结果</source>
        <translation>“{title}” and {more} more products have been in review for over {limit} days (longest {days} days); check the results on the platform</translation>
    </message>
    <message>
        <source>商品「{title}」审核未通过，修改后可重新提交</source>
        <translation>Product “{title}” was rejected; edit it and submit again</translation>
    </message>
    <message>
        <source>商品「{title}」等 {count} 个商品审核未通过，修改后可重新提交</source>
        <translation>“{title}” and {more} more products were rejected; edit them and submit again</translation>
    </message>
    <message>
        <source>草稿「{title}」有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” breaks publishing rules; fix it before submitting</translation>
    </message>
    <message>
        <source>草稿「{title}」等 {count} 个草稿有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” and {more} more drafts break publishing rules; fix them before submitting</translation>
    </message>
    <message>
        <source>最新的达人 GMV 数据是 {date}，已过去 {days} 天，自营占比可能已不准确</source>
        <translation>The newest influencer GMV figures are from {date}, {days} days ago; self-operated shares may be out of date</translation>
    </message>
</context>
</TS>
