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
        <translation>Account ID</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>近30天本店 GMV（元）</source>
        <translation>Shop GMV, last 30 days (yuan)</translation>
    </message>
    <message>
        <source>近30天总 GMV（元）</source>
        <translation>Total GMV, last 30 days (yuan)</translation>
    </message>
    <message>
        <source>本店占比</source>
        <translation>Shop share</translation>
    </message>
    <message>
        <source>是否符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>已是「{shop}」的自营账号</source>
        <translation>Already a self-operated account of “{shop}”</translation>
    </message>
    <message>
        <source>符合自营条件，可以标记为自营</source>
        <translation>Eligible: can be marked as self-operated</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>抖音号</source>
        <translation>Douyin ID</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>绑定日期</source>
        <translation>Bound on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>可解绑</source>
        <translation>Can unbind</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>已满 180 天，可以解除绑定</source>
        <translation>Bound for 180 days: can be unbound now</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>可解绑日期</source>
        <translation>Can unbind on</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>无法在数据文件夹中创建锁文件：{path}</source>
        <translation>Cannot create the lock file in the data folder: {path}</translation>
    </message>
    <message>
        <source>这个数据库由更新版本的小店管家创建（数据版本 {found}，本程序支持到 {supported}）。
为避免丢失数据，本程序不会打开或修改它。请安装最新版本的小店管家。</source>
        <translation>This database was created by a newer version of ShopDesk (data version {found}; this program supports up to {supported}).
To avoid losing data, this program will not open or change it. Please install the latest ShopDesk.</translation>
    </message>
    <message>
        <source>数据库文件已损坏，未通过完整性检查。
文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。</source>
        <translation>The database file is damaged: it failed the integrity check.
The file was not changed. You can open a backup, or create a new empty database (the old file is kept under a new name).</translation>
    </message>
    <message>
        <source>这个文件不是小店管家的数据库。
文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。</source>
        <translation>This file is not a ShopDesk database.
The file was not changed. You can open a backup, or create a new empty database (the old file is kept under a new name).</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>打开备份…</source>
        <translation>Open a backup…</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>打开数据时出错，数据库文件没有被改动。
可以重试；如果反复出现，请联系技术支持并附上日志。</source>
        <translation>An error occurred while opening the data; the database file was not changed.
You can retry; if it keeps happening, contact support and attach the log.</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），里面没有任何数据。
它没有被改动。可以打开一个备份，或新建数据库（空文件会改名保留）。</source>
        <translation>The database file is empty (0 bytes) and holds no data.
It was not changed. You can open a backup, or create a new database (the empty file is kept under a new name).</translation>
    </message>
    <message>
        <source>选择备份</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>无法使用这个备份</source>
        <translation>This backup cannot be used</translation>
    </message>
    <message>
        <source>这个备份无法使用：{detail}</source>
        <translation>This backup cannot be used: {detail}</translation>
    </message>
    <message>
        <source>已新建数据库</source>
        <translation>New database created</translation>
    </message>
    <message>
        <source>原文件已改名保留为：
{path}</source>
        <translation>The original file was kept as:
{path}</translation>
    </message>
    <message>
        <source>发现来历不明的日志文件</source>
        <translation>Unknown journal file found</translation>
    </message>
    <message>
        <source>数据库旁边有一个不是本机上次运行留下的日志文件（{name}），可能是从别的电脑或同步盘复制来的。
把它合并进来可能会用别处的数据覆盖这里的修改，所以没有合并。
可以把它改名保留后打开数据库（它里面未合并的修改不会出现），或退出后自己检查。</source>
        <translation>Next to the database there is a journal file ({name}) that was not left by this computer&apos;s last run; it may have been copied from another computer or a sync folder.
Merging it could overwrite changes made here with data from elsewhere, so it was not merged.
You can keep it under a new name and open the database (its unmerged changes will not appear), or quit and check it yourself.</translation>
    </message>
    <message>
        <source>改名保留并打开</source>
        <translation>Keep it renamed and open</translation>
    </message>
    <message>
        <source>数据文件夹里用于防止重复打开的锁文件位置被一个文件夹占用：
{path}
小店管家没有打开。请把这个文件夹改名或移走，然后再启动。</source>
        <translation>The place of the lock file that prevents opening twice is taken by a folder in the data folder:
{path}
ShopDesk did not open. Rename or move that folder, then start again.</translation>
    </message>
    <message>
        <source>数据文件夹正被另一台电脑使用</source>
        <translation>The data folder is in use by another computer</translation>
    </message>
    <message>
        <source>这个数据文件夹被另一台电脑（{host}，进程 {pid}）上的小店管家占用。
两台电脑同时写同一个数据库会损坏数据。
如果那台电脑上的小店管家已经关闭（例如锁文件是同步盘复制过来的），可以解除锁定后打开；否则请先在那台电脑上关闭小店管家。
锁文件：{path}</source>
        <translation>This data folder is in use by ShopDesk on another computer ({host}, process {pid}).
Two computers writing one database at once would damage it.
If ShopDesk on that computer is already closed (for example the lock file came through a sync folder), you can remove the lock and open; otherwise close ShopDesk on that computer first.
Lock file: {path}</translation>
    </message>
    <message>
        <source>解除锁定并打开</source>
        <translation>Remove the lock and open</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>无法启动</source>
        <translation>Cannot start</translation>
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
        <translation>Data not replaced</translation>
    </message>
    <message>
        <source>原来的数据已重新打开，没有改动。
</source>
        <translation>The original data was reopened unchanged.
</translation>
    </message>
    <message>
        <source>程序遇到意外错误，这次操作没有完成。已保存的数据不受影响，详情已写入日志。</source>
        <translation>Something unexpected went wrong and the operation was not completed. Saved data is not affected; the details are in the log.</translation>
    </message>
    <message>
        <source>无法使用数据文件夹：{path}
{err}</source>
        <translation>Cannot use the data folder: {path}
{err}</translation>
    </message>
    <message>
        <source>小店管家已经打开，已切换到它的窗口。</source>
        <translation>ShopDesk is already open; switched to its window.</translation>
    </message>
    <message>
        <source>小店管家已经打开了（数据文件夹：{path}）。
请切换到已打开的窗口。</source>
        <translation>ShopDesk is already open (data folder: {path}).
Please switch to the open window.</translation>
    </message>
    <message>
        <source>小店管家已经打开</source>
        <translation>ShopDesk is already open</translation>
    </message>
    <message>
        <source>选择达人 GMV 文件</source>
        <translation>Choose an influencer GMV file</translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>取消官方账号绑定</source>
        <translation>Cancel official account binding</translation>
    </message>
    <message>
        <source>取消与 {account} 正在进行的绑定？</source>
        <translation>Cancel the binding in progress with {account}?</translation>
    </message>
    <message>
        <source>商家可以在抖店后台取消，账号方也可以在抖音里拒绝。请选择是哪一方取消的。</source>
        <translation>The merchant can cancel in the Douyin shop backend, and the account holder can decline in Douyin. Please choose who cancelled.</translation>
    </message>
    <message>
        <source>商家取消(&amp;M)</source>
        <translation>&amp;Merchant cancelled</translation>
    </message>
    <message>
        <source>账号方拒绝或取消(&amp;A)</source>
        <translation>&amp;Account holder declined or cancelled</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>审核费：&lt;b&gt;0 元&lt;/b&gt;（企业认证店铺，免除）</source>
        <translation>Review fee: &lt;b&gt;0 yuan&lt;/b&gt; (enterprise-certified shop, waived)</translation>
    </message>
    <message>
        <source>审核费：&lt;b&gt;{yuan} 元&lt;/b&gt;</source>
        <translation>Review fee: &lt;b&gt;{yuan} yuan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>已取消，数据没有改动。</source>
        <translation>Cancelled; no data was changed.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>规则不允许</source>
        <translation>Not allowed by the rules</translation>
    </message>
    <message>
        <source>商品 #{id}，{n} 个 SKU</source>
        <translation>Product #{id}, {n} SKUs</translation>
    </message>
    <message>
        <source>（未填写标题）</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>（未选类目）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>被拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>本店 GMV（元）</source>
        <translation>Shop GMV (yuan)</translation>
    </message>
    <message>
        <source>总 GMV（元）</source>
        <translation>Total GMV (yuan)</translation>
    </message>
    <message>
        <source>当天本店占比</source>
        <translation>Shop share that day</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>达人数据</source>
        <translation>Influencer data</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>正在导出商品…</source>
        <translation>Exporting products…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出商品</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 行（每个 SKU 一行）到
{path}</source>
        <translation>Exported {n} rows (one per SKU) to
{path}</translation>
    </message>
    <message>
        <source>规格{n}</source>
        <translation>Spec {n}</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>操作没有完成：程序遇到意外错误，详情已写入日志。数据没有改动。</source>
        <translation>The operation was not completed: the program hit an unexpected error (details are in the log). No data was changed.</translation>
    </message>
    <message>
        <source>磁盘空间不足：操作没有完成，数据没有改动。请腾出空间后再试。</source>
        <translation>Disk full: the operation was not completed and no data was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>没有写入权限（文件夹只读或被保护）：操作没有完成，数据没有改动。</source>
        <translation>No write permission (the folder is read-only or protected): the operation was not completed and no data was changed.</translation>
    </message>
    <message>
        <source>与服务器的连接中断：这次操作没有保存（已全部撤销）。连接恢复后请再试。</source>
        <translation>The connection to the server was lost: this operation was not saved (all of it was undone). Please try again when the connection is back.</translation>
    </message>
    <message>
        <source>数据正被另一个操作占用：操作没有完成，请稍后再试。</source>
        <translation>The data is busy with another operation: the operation was not completed. Please try again shortly.</translation>
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
        <translation>No review fee (enterprise-certified)</translation>
    </message>
    <message>
        <source>审核费 {fee} 元</source>
        <translation>Review fee {fee} yuan</translation>
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
        <translation> · can be unbound since {date}</translation>
    </message>
    <message>
        <source> · 下次可解绑 {date}（还有 {days} 天）</source>
        <translation> · next unbind on {date} ({days} days left)</translation>
    </message>
    <message>
        <source>自营占比：近30天无数据（{n} 个自营账号）</source>
        <translation>Self-operated share: no data in the last 30 days ({n} self-operated accounts)</translation>
    </message>
    <message>
        <source>达到 50%</source>
        <translation>reaches 50%</translation>
    </message>
    <message>
        <source>低于 50%</source>
        <translation>below 50%</translation>
    </message>
    <message>
        <source>自营占比 {share}（{line}），{n} 个自营账号，贡献本店 {part}</source>
        <translation>Self-operated share {share} ({line}), {n} self-operated accounts, contributing {part} of the shop&apos;s GMV</translation>
    </message>
    <message>
        <source>商品 {total}：</source>
        <translation>Products {total}: </translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>在图表和同样数字的表格之间切换</source>
        <translation>Switch between the chart and a table of the same figures</translation>
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
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>无法写入图片文件，请换一个文件夹再试。</source>
        <translation>Cannot write the image file; please try another folder.</translation>
    </message>
    <message>
        <source>每日达人 GMV（元）</source>
        <translation>Daily influencer GMV (yuan)</translation>
    </message>
    <message>
        <source>自营账号</source>
        <translation>Self-operated accounts</translation>
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
        <translation>{day}
Self-operated {own} yuan
Other influencers {others} yuan
Total {total} yuan</translation>
    </message>
    <message>
        <source>自营账号近30天本店 GMV 占比</source>
        <translation>Self-operated share of the shop&apos;s GMV, last 30 days</translation>
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
        <translation>Top 10 influencers by shop GMV, last 30 days (yuan)</translation>
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
        <translation>{name}
Shop GMV {fen} yuan, {share} of their total GMV{own}</translation>
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
        <translation>Sho&amp;p:</translation>
    </message>
    <message>
        <source>图表(&amp;C)：</source>
        <translation>&amp;Charts:</translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <source>显示已完成和推迟的</source>
        <translation>Show done and postponed</translation>
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
        <translation>Snooze</translation>
    </message>
    <message>
        <source>{n} 天后</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>一键提议自营</source>
        <translation>Propose self-operated for all</translation>
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
        <translation>Today&apos;s to-dos: {n}</translation>
    </message>
    <message>
        <source>（另有 {m} 项已完成或推迟）</source>
        <translation> ({m} more done or postponed)</translation>
    </message>
    <message>
        <source>图片已导出：{p}</source>
        <translation>Image exported: {p}</translation>
    </message>
    <message>
        <source>将「{shop}」{n} 个符合条件的达人标记为自营，并等待达人授权？</source>
        <translation>Mark {n} eligible influencers of “{shop}” as self-operated and wait for their authorisation?</translation>
    </message>
    <message>
        <source>已提议 {n} 个达人为自营，等待授权</source>
        <translation>Proposed {n} influencers as self-operated; waiting for authorisation</translation>
    </message>
    <message>
        <source>今天有 {n} 项待办需要处理，见下方“今日待办”。</source>
        <translation>{n} to-dos need attention today; see “Today&apos;s to-dos” below.</translation>
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
        <translation>Show a notification in the system tray at start-up when there are to-dos</translation>
    </message>
    <message>
        <source>小店管家</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>小店管家：今日待办</source>
        <translation>ShopDesk: today&apos;s to-dos</translation>
    </message>
    <message>
        <source>今天有 {n} 项待办需要处理</source>
        <translation>{n} to-dos need attention today</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>磁盘空间不足：还需要约 {need} MB 可用空间。</source>
        <translation>Disk full: about {need} MB more free space is needed.</translation>
    </message>
    <message>
        <source>（现在可用 {free} MB）</source>
        <translation> ({free} MB free now)</translation>
    </message>
    <message>
        <source>请在数据文件夹所在的磁盘上释放空间，然后重试。数据没有改动。</source>
        <translation>Free some space on the disk that holds the data folder, then try again. No data was changed.</translation>
    </message>
    <message>
        <source>请在 {where} 所在的磁盘上释放空间，然后重试。数据没有改动。</source>
        <translation>Free some space on the disk that holds {where}, then try again. No data was changed.</translation>
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
        <translation>No write permission: this is read-only (file or folder): {where}
Check its properties or permissions, or put the data in a writable place.</translation>
    </message>
    <message>
        <source>数据库的位置上是一个文件夹，而不是数据库文件：{where}
请把这个文件夹改名或移走后重试。</source>
        <translation>Where the database should be there is a folder, not a database file: {where}
Rename or move that folder and try again.</translation>
    </message>
    <message>
        <source>这里应该是一个文件夹，现在却是一个文件：{where}
请把这个文件改名或移走后重试。</source>
        <translation>This should be a folder, but it is a file: {where}
Rename or move the file, then try again.</translation>
    </message>
    <message>
        <source>数据文件夹不存在或无法访问：{where}
如果它在移动硬盘或网络盘上，请先连接后重试。</source>
        <translation>The data folder does not exist or cannot be reached: {where}
If it is on a removable or network drive, connect it and try again.</translation>
    </message>
    <message>
        <source>没有写入权限，或无法访问：{where}
请检查文件夹和文件的权限后重试。</source>
        <translation>No write permission, or no access: {where}
Check the permissions of the folder and files and try again.</translation>
    </message>
    <message>
        <source>读写磁盘时出错（磁盘或连接可能有问题）：{where}
数据库文件本身没有被判为损坏，也没有被改动。请检查磁盘或连接后重试；如果反复出现，请尽快备份。</source>
        <translation>An error occurred reading or writing the disk (the disk or connection may have a problem): {where}
The database file itself was not found damaged and was not changed. Check the disk or connection and try again; if it keeps happening, make a backup soon.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序占用，等待超时。请关闭其他正在使用它的程序后重试。</source>
        <translation>The database is busy in another program and waiting timed out. Close the other programs using it and try again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏：{where}
请用 工具 → 检查数据库… 查看，或从备份恢复。</source>
        <translation>The database file is damaged: {where}
Use Tools → Check database… to inspect it, or restore from a backup.</translation>
    </message>
    <message>
        <source>导出全部数据</source>
        <translation>Export all data</translation>
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
{shops} 个店铺，{products} 个商品，{images} 张图片，{size}。
在另一台电脑上用 工具 → 导入全部数据… 打开它。</source>
        <translation>All data was exported to:
{path}
{shops} shops, {products} products, {images} images, {size}.
Open it on another computer with Tools → Import all data….</translation>
    </message>
    <message>
        <source>正在导出全部数据…</source>
        <translation>Exporting all data…</translation>
    </message>
    <message>
        <source>导入全部数据</source>
        <translation>Import all data</translation>
    </message>
    <message>
        <source>文件已通过校验：{made} 由小店管家 {version} 导出，{shops} 个店铺，{products} 个商品，{images} 张图片。

导入会替换这台电脑上现在的全部数据。现在的数据会先保存为一个备份（“导入前的数据”），可以在 工具 → 备份与恢复… 中恢复。</source>
        <translation>The file passed its checks: exported {made} by ShopDesk {version}, {shops} shops, {products} products, {images} images.

Importing replaces all the data on this computer. The current data is first saved as a backup (“Data before import”), which you can restore in Tools → Backup and restore….</translation>
    </message>
    <message>
        <source>替换并导入</source>
        <translation>Replace and import</translation>
    </message>
    <message>
        <source>正在校验导入文件…</source>
        <translation>Checking the import file…</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>规则 {rule}</source>
        <translation>Rule {rule}</translation>
    </message>
    <message>
        <source># 规则说明

找不到规则说明文件（docs/rules.md）。请重新安装小店管家。</source>
        <translation># Rules

The rules file (docs/rules.md) was not found. Please reinstall ShopDesk.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>在对话框中确认（例如保存草稿）</source>
        <translation>Confirm in a dialog (e.g. save the draft)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>打开选中行的默认操作</source>
        <translation>Run the selected row&apos;s default action</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>在控件之间移动</source>
        <translation>Move between controls</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>规则说明</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>帮助内容</source>
        <translation>Help contents</translation>
    </message>
    <message>
        <source>快速上手</source>
        <translation>Quick start</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>操作(&amp;A)</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>这一页没有针对所选内容的操作</source>
        <translation>This page has no actions for a selection</translation>
    </message>
    <message>
        <source>现在使用缓存的类目属性（{when} 从抖店获取）。</source>
        <translation>Using the cached category properties (fetched from Douyin Shop on {when}).</translation>
    </message>
    <message>
        <source>现在使用本地类目树中的类目属性。</source>
        <translation>Using the category properties of the local category tree.</translation>
    </message>
    <message>
        <source>类目属性来自缓存（{when} 从抖店获取）；本店未连接抖店，不会更新。</source>
        <translation>Category properties from the cache (fetched from Douyin Shop on {when}); this shop is not connected, so they are not updated.</translation>
    </message>
    <message>
        <source>类目属性来自本地类目树（本店未连接抖店）。</source>
        <translation>Category properties from the local category tree (this shop is not connected to Douyin Shop).</translation>
    </message>
    <message>
        <source>类目属性来自抖店（{when} 获取）。</source>
        <translation>Category properties from Douyin Shop (fetched {when}).</translation>
    </message>
    <message>
        <source>正在从抖店获取类目属性…（先显示{source}）</source>
        <translation>Fetching the category properties from Douyin Shop… (showing {source} meanwhile)</translation>
    </message>
    <message>
        <source>缓存的属性</source>
        <translation>the cached properties</translation>
    </message>
    <message>
        <source>本地类目树的属性</source>
        <translation>the local tree&apos;s properties</translation>
    </message>
    <message>
        <source>获取类目属性</source>
        <translation>Fetch category properties</translation>
    </message>
    <message>
        <source>无法从抖店获取类目属性：{message}</source>
        <translation>Could not fetch the category properties from Douyin Shop: {message}</translation>
    </message>
    <message>
        <source>页面导航</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <source> 店铺：</source>
        <translation> Shop: </translation>
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
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>收起侧栏(&amp;B)</source>
        <translation>Collapse side &amp;bar</translation>
    </message>
    <message>
        <source>设置(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>规则说明(&amp;R)</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>快速上手(&amp;Q)</source>
        <translation>&amp;Quick start</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>关于小店管家(&amp;A)</source>
        <translation>&amp;About ShopDesk</translation>
    </message>
    <message>
        <source>展开侧栏(&amp;B)</source>
        <translation>Expand side &amp;bar</translation>
    </message>
</context>
<context>
    <name>AccountsDiffDialog</name>
    <message>
        <source>核对绑定账号</source>
        <translation>Check bound accounts</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>抖店类别</source>
        <translation>Douyin shop category</translation>
    </message>
    <message>
        <source>本地记录</source>
        <translation>Local record</translation>
    </message>
    <message>
        <source>核对结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>绑定账号核对结果</source>
        <translation>Bound account check result</translation>
    </message>
    <message>
        <source>按抖店导入(&amp;I)…</source>
        <translation>&amp;Import from Douyin shop…</translation>
    </message>
    <message>
        <source>抖店列出的官方账号和渠道号，与本地记录对照：</source>
        <translation>Official and channel accounts listed by the Douyin shop, compared with the local records:</translation>
    </message>
    <message>
        <source>官方账号</source>
        <translation>Official account</translation>
    </message>
    <message>
        <source>渠道号</source>
        <translation>Channel account</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>抖店有，本地没有记录</source>
        <translation>In the Douyin shop, not recorded locally</translation>
    </message>
    <message>
        <source>本地有，抖店没有列出</source>
        <translation>Recorded locally, not listed by the Douyin shop</translation>
    </message>
    <message>
        <source>类别不一致</source>
        <translation>Category differs</translation>
    </message>
    <message>
        <source>普通达人（不核对）</source>
        <translation>Ordinary influencer (not checked)</translation>
    </message>
    <message>
        <source>普通达人</source>
        <translation>Ordinary influencer</translation>
    </message>
    <message>
        <source>只有「抖店有，本地没有记录」的账号可以导入</source>
        <translation>Only accounts “in the Douyin shop, not recorded locally” can be imported</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>官方账号(&amp;G)</source>
        <translation>Official account (&amp;G)</translation>
    </message>
    <message>
        <source>渠道号(&amp;Q)</source>
        <translation>Channel accounts (&amp;Q)</translation>
    </message>
    <message>
        <source>自营账号(&amp;Z)</source>
        <translation>Self-operated accounts (&amp;Z)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>小店管家会在关闭时（有修改时）和每使用 30 分钟自动备份，并按计划保留：最近 10 个、最近 7 天每天 1 个、最近 4 周每周 1 个、最近 12 个月每月 1 个。未能打开而改名保留的数据库文件也列在这里，永远不会被自动删除。</source>
        <translation>ShopDesk backs up automatically when it closes (if anything changed) and every 30 minutes of use, and keeps: the latest 10, one a day for the last 7 days, one a week for the last 4 weeks and one a month for the last 12 months. Database files that could not be opened and were kept under a new name are listed here too and are never deleted automatically.</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>恢复(&amp;R)…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>打开备份文件夹(&amp;O)</source>
        <translation>&amp;Open backup folder</translation>
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
        <translation>Data before restore</translation>
    </message>
    <message>
        <source>导入前的数据</source>
        <translation>Data before import</translation>
    </message>
    <message>
        <source>修复前的数据</source>
        <translation>Data before repair</translation>
    </message>
    <message>
        <source>未能打开的数据库（已改名保留）</source>
        <translation>Database that could not be opened (kept renamed)</translation>
    </message>
    <message>
        <source>升级前备份（数据版本 {v} 之前）</source>
        <translation>Backup before upgrade (before data version {v})</translation>
    </message>
    <message>
        <source>还没有备份。点“立即备份”做第一个。</source>
        <translation>No backups yet. Click “Back up now” to make the first.</translation>
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
        <source>已备份并验证无误：{name}</source>
        <translation>Backed up and verified: {name}</translation>
    </message>
    <message>
        <source>备份没有完成：</source>
        <translation>The backup did not finish: </translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>不能用这个备份恢复</source>
        <translation>This backup cannot be used to restore</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>用 {when} 的备份（{shops} 个店铺，{products} 个商品）替换现在的全部数据？
现在的数据会先保存为一个备份（“恢复前的数据”），随时可以再恢复回来。</source>
        <translation>Replace all current data with the backup of {when} ({shops} shops, {products} products)?
The current data is first saved as a backup (“Data before restore”), so you can always go back.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BasicInfoTab</name>
    <message>
        <source>8–30 个汉字（16–60 个字符单位）</source>
        <translation>8–30 Chinese characters (16–60 character units)</translation>
    </message>
    <message>
        <source>一句话推荐，不能包含表情符号</source>
        <translation>A one-line recommendation, no emoji</translation>
    </message>
    <message>
        <source>大于 0 且小于 10000</source>
        <translation>More than 0 and less than 10000</translation>
    </message>
    <message>
        <source>重量单位</source>
        <translation>Weight unit</translation>
    </message>
    <message>
        <source>商品类型(&amp;Y)</source>
        <translation>Product t&amp;ype</translation>
    </message>
    <message>
        <source>商品标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>推荐语(&amp;M)</source>
        <translation>Recommendation (&amp;M)</translation>
    </message>
    <message>
        <source>重量(&amp;W)</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>支付方式(&amp;P)</source>
        <translation>&amp;Payment method</translation>
    </message>
    <message>
        <source>库存计数(&amp;K)</source>
        <translation>Stoc&amp;k counting</translation>
    </message>
    <message>
        <source>类目属性</source>
        <translation>Category attributes</translation>
    </message>
    <message>
        <source>先在“类目”一步选择末级类目，这里会列出它的属性。</source>
        <translation>Choose a leaf category in the “Category” step first; its attributes are listed here.</translation>
    </message>
    <message>
        <source>{n} / {max} 单位（汉字算 2）</source>
        <translation>{n} / {max} units (a Chinese character counts 2)</translation>
    </message>
    <message>
        <source>这个类目没有类目属性。</source>
        <translation>This category has no attributes.</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <source>批量标记结果</source>
        <translation>Batch marking result</translation>
    </message>
    <message>
        <source>已标记 {ok} 个账号为自营，正在等待达人授权；{bad} 个账号没有标记，原因见下表。</source>
        <translation>Marked {ok} accounts as self-operated, waiting for the influencers&apos; authorisation; {bad} accounts were not marked, see the reasons below.</translation>
    </message>
    <message>
        <source>&lt;br&gt;下一步：在抖音电商罗盘中点击「完成并去申请权限」，达人同意或拒绝后，回到这里记录结果。</source>
        <translation>&lt;br&gt;Next: in Douyin E-commerce Compass click “完成并去申请权限” (finish and request permission); when the influencer agrees or declines, record the result here.</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>已标记，等待达人授权</source>
        <translation>Marked, waiting for authorisation</translation>
    </message>
    <message>
        <source>未标记</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>完成(&amp;D)</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>BindingDateDialog</name>
    <message>
        <source>绑定日期</source>
        <translation>Binding date</translation>
    </message>
    <message>
        <source>抖店不提供「{name}」的绑定日期，请按抖店后台的记录填写（渠道号满 180 天才能解绑）。</source>
        <translation>The Douyin shop does not give the binding date of “{name}”; enter it from the Douyin shop backend&apos;s records (a channel account can be unbound only after 180 days).</translation>
    </message>
    <message>
        <source>绑定日期(&amp;D)</source>
        <translation>Binding &amp;date</translation>
    </message>
    <message>
        <source>导入(&amp;O)</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>搜索类目：输入名称的一部分（↑↓ 选择，回车确定）</source>
        <translation>Search categories: type part of a name (↑↓ to choose, Enter to confirm)</translation>
    </message>
    <message>
        <source>类目(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>示例类目</source>
        <translation>Sample categories</translation>
    </message>
    <message>
        <source>这是软件自带的示例类目：名称仿照真实类目，ID 为虚构，仅供试用。导入平台类目文件后会被替换。</source>
        <translation>These are the sample categories shipped with the app: names modelled on real ones, invented IDs, for trying things out. Importing the platform&apos;s category file replaces them.</translation>
    </message>
    <message>
        <source>导入类目(&amp;I)…</source>
        <translation>&amp;Import categories…</translation>
    </message>
    <message>
        <source>从平台开放接口导出的 JSON 文件导入完整类目树（整体替换，失败时不改动）</source>
        <translation>Import the full category tree from a JSON file exported from the platform&apos;s open API (replaces everything; nothing changes if it fails)</translation>
    </message>
    <message>
        <source>类目树</source>
        <translation>Category tree</translation>
    </message>
    <message>
        <source>类目搜索结果</source>
        <translation>Category search results</translation>
    </message>
    <message>
        <source>叶子类目：可以发布商品</source>
        <translation>Leaf category: products can be published in it</translation>
    </message>
    <message>
        <source>（只显示前 {n} 个，请输入更多字缩小范围）</source>
        <translation> (only the first {n} shown; type more to narrow down)</translation>
    </message>
    <message>
        <source>找到 {n} 个叶子类目</source>
        <translation>Found {n} leaf categories</translation>
    </message>
    <message>
        <source>没有名称包含「{text}」的类目</source>
        <translation>No category name contains “{text}”</translation>
    </message>
    <message>
        <source>已选类目：{path}</source>
        <translation>Chosen category: {path}</translation>
    </message>
    <message>
        <source>尚未选择类目（只能选择最末级的叶子类目）</source>
        <translation>No category chosen yet (only a lowest-level leaf category can be chosen)</translation>
    </message>
    <message>
        <source>导入类目文件</source>
        <translation>Import a category file</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json);;所有文件 (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>正在导入类目…</source>
        <translation>Importing categories…</translation>
    </message>
    <message>
        <source>导入类目</source>
        <translation>Import categories</translation>
    </message>
    <message>
        <source>已导入 {nodes} 个类目，其中 {leaves} 个可用的叶子类目。</source>
        <translation>Imported {nodes} categories, {leaves} of them usable leaf categories.</translation>
    </message>
    <message>
        <source>{n} 个旧类目仍被商品使用，已保留为停用。</source>
        <translation>{n} old categories are still used by products and were kept as retired.</translation>
    </message>
</context>
<context>
    <name>ChannelBindDialog</name>
    <message>
        <source>新增绑定渠道号</source>
        <translation>Bind a new channel account</translation>
    </message>
    <message>
        <source>登记已有渠道号</source>
        <translation>Register an existing channel account</translation>
    </message>
    <message>
        <source>&lt;b&gt;在抖店后台：&lt;/b&gt;营销中心 → 直播卖货 → 账号管理 → &lt;b&gt;新增绑定账号&lt;/b&gt;，选择渠道，登录该账号并输入平台发送的验证码。&lt;br&gt;本应用&lt;b&gt;不保存密码或验证码&lt;/b&gt;，只记录绑定了哪个账号、何时绑定。&lt;br&gt;平台上绑定成功后，在列表中点 &lt;b&gt;绑定完成&lt;/b&gt;。</source>
        <translation>&lt;b&gt;In the Douyin shop backend:&lt;/b&gt; 营销中心 → 直播卖货 → 账号管理 → &lt;b&gt;新增绑定账号&lt;/b&gt; (Marketing → Live selling → Accounts → Bind account); choose the channel, log in to the account and enter the code the platform sends.&lt;br&gt;This app &lt;b&gt;never stores passwords or codes&lt;/b&gt;; it only records which account was bound and when.&lt;br&gt;When the binding succeeds on the platform, click &lt;b&gt;Binding done&lt;/b&gt; in the list.</translation>
    </message>
    <message>
        <source>登记在平台上&lt;b&gt;早已完成&lt;/b&gt;的绑定，请填写真实的绑定日期（不能晚于今天），这样 180 天的解绑期限才计算正确。</source>
        <translation>Register a binding that was &lt;b&gt;completed long ago&lt;/b&gt; on the platform. Enter the real binding date (not later than today) so the 180-day unbinding period is counted correctly.</translation>
    </message>
    <message>
        <source>平台上的账号 ID，例如：xiaolin_live</source>
        <translation>The account ID on the platform, e.g. xiaolin_live</translation>
    </message>
    <message>
        <source>渠道(&amp;H)</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>账号 ID(&amp;I)</source>
        <translation>Account &amp;ID</translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation>&amp;Nickname</translation>
    </message>
    <message>
        <source>绑定日期(&amp;D)</source>
        <translation>Binding &amp;date</translation>
    </message>
    <message>
        <source>开始绑定</source>
        <translation>Start binding</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>ChannelPanel</name>
    <message>
        <source>显示已解绑/已取消(&amp;E)</source>
        <translation>Show unbound/cancell&amp;ed</translation>
    </message>
    <message>
        <source>渠道可选：抖音、今日头条/西瓜、火山。每个店铺最多 5 个渠道号（绑定中的也计入）；绑定满 180 天后才能解除绑定。抖店后台路径：&lt;b&gt;营销中心 → 直播卖货 → 账号管理 → 新增绑定账号 / 解除绑定&lt;/b&gt;。登录和验证码在平台上完成，本应用不保存密码或验证码。</source>
        <translation>Channels: Douyin, Toutiao/Xigua, Huoshan. Each shop has at most 5 channel accounts (those being bound count too); an account can be unbound only after 180 days. Douyin shop backend: &lt;b&gt;营销中心 → 直播卖货 → 账号管理 → 新增绑定账号 / 解除绑定&lt;/b&gt; (Marketing → Live selling → Accounts → Bind / Unbind). Login and codes happen on the platform; this app stores no passwords or codes.</translation>
    </message>
    <message>
        <source>渠道号列表</source>
        <translation>Channel accounts</translation>
    </message>
    <message>
        <source>已绑定 {n}/{limit}</source>
        <translation>Bound {n}/{limit}</translation>
    </message>
    <message>
        <source>（其中 {k} 个绑定中）</source>
        <translation> ({k} of them being bound)</translation>
    </message>
    <message>
        <source>还可以再绑定 {k} 个</source>
        <translation>{k} more can be bound</translation>
    </message>
    <message>
        <source>还没有渠道号。</source>
        <translation>No channel accounts yet.</translation>
    </message>
    <message>
        <source>解除绑定</source>
        <translation>Unbind</translation>
    </message>
    <message>
        <source>确认已在抖店后台解除 {account} 的绑定，并在这里记录？</source>
        <translation>Confirm that {account} has been unbound in the Douyin shop backend, and record it here?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>检查数据文件是否完好、记录之间的关联，以及账号规则（每店 1 个官方账号、最多 5 个渠道号、一个账号只能是一个店铺的自营账号）、保护规则的触发器和每张商品图片。修复只做不会丢失任何数据的事（例如重建索引），而且修复前会先备份。</source>
        <translation>Checks that the data file is intact, the links between records, the account rules (1 official account per shop, at most 5 channel accounts, an account self-operated for one shop only), the triggers that guard the rules, and every product image. Repair only does what cannot lose data (such as rebuilding indexes), and backs up first.</translation>
    </message>
    <message>
        <source>开始检查(&amp;S)</source>
        <translation>&amp;Start check</translation>
    </message>
    <message>
        <source>安全修复(&amp;R)</source>
        <translation>Safe &amp;repair</translation>
    </message>
    <message>
        <source>正在检查…（大的数据库可能需要一会儿，窗口可以继续使用）</source>
        <translation>Checking… (a large database may take a while; you can keep using the window)</translation>
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
        <translation>Backed up before repair to: {path}</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>已修复，再次检查没有发现问题。</source>
        <translation>Repaired; a second check found no problems.</translation>
    </message>
    <message>
        <source>发现 {n} 个问题，其中 {r} 个可以安全修复。</source>
        <translation>Found {n} problems; {r} of them can be repaired safely.</translation>
    </message>
    <message>
        <source>［可修复］</source>
        <translation>[can be repaired]</translation>
    </message>
    <message>
        <source>［需要你处理］</source>
        <translation>[needs you]</translation>
    </message>
    <message>
        <source>数据库文件完整（SQLite 完整性检查）</source>
        <translation>The database file is intact (SQLite integrity check)</translation>
    </message>
    <message>
        <source>记录之间的关联完整（没有记录指向不存在的店铺、账号或商品）</source>
        <translation>Records link up (none points to a missing shop, account or product)</translation>
    </message>
    <message>
        <source>每个店铺最多 1 个官方账号</source>
        <translation>At most 1 official account per shop</translation>
    </message>
    <message>
        <source>每个店铺最多 5 个渠道号</source>
        <translation>At most 5 channel accounts per shop</translation>
    </message>
    <message>
        <source>一个账号最多是 1 个店铺的自营账号</source>
        <translation>An account is self-operated for at most 1 shop</translation>
    </message>
    <message>
        <source>每个账号每天在每个店铺只有 1 条 GMV 记录</source>
        <translation>One GMV record per account, shop and day</translation>
    </message>
    <message>
        <source>保护规则和操作记录的触发器都在</source>
        <translation>The triggers that guard the rules and the history are all present</translation>
    </message>
    <message>
        <source>商品引用的每张图片都在，内容与记录的指纹一致</source>
        <translation>Every image a product uses is present and matches its recorded fingerprint</translation>
    </message>
    <message>
        <source>✓ {check}</source>
        <translation>✓ {check}</translation>
    </message>
    <message>
        <source>✗ {check}：{n} 个问题，见下文</source>
        <translation>✗ {check}: {n} problem(s), see below</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>这些商品在本地修改过，抖店上也有变化。小店管家不会自动覆盖，请逐个选择保留哪一边。</source>
        <translation>These products were changed locally and also changed in the Douyin shop. ShopDesk never overwrites either side by itself; choose which to keep, one by one.</translation>
    </message>
    <message>
        <source>本地商品</source>
        <translation>Local product</translation>
    </message>
    <message>
        <source>本地状态</source>
        <translation>Local status</translation>
    </message>
    <message>
        <source>抖店商品 ID</source>
        <translation>Douyin product ID</translation>
    </message>
    <message>
        <source>抖店标题</source>
        <translation>Douyin title</translation>
    </message>
    <message>
        <source>抖店状态</source>
        <translation>Douyin status</translation>
    </message>
    <message>
        <source>保留本地(&amp;L)</source>
        <translation>Keep &amp;local</translation>
    </message>
    <message>
        <source>采用抖店(&amp;P)</source>
        <translation>Use the Douyin shop&apos;s (&amp;P)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正记录</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <source>只更正本软件中记错的内容（不会更改抖店平台）。原来的值会保留在操作记录中，规则按更正后的内容重新计算。</source>
        <translation>Corrects only what was recorded wrongly in this app (nothing changes on the Douyin shop platform). The original value stays in the history, and the rules are evaluated again on the corrected record.</translation>
    </message>
    <message>
        <source>绑定日期</source>
        <translation>Binding date</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>账号 ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>例如：登记时把月份填错了</source>
        <translation>e.g. the month was typed wrong when it was recorded</translation>
    </message>
    <message>
        <source>更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>更正内容(&amp;F)</source>
        <translation>&amp;Field to correct</translation>
    </message>
    <message>
        <source>改为(&amp;V)</source>
        <translation>Change &amp;to</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>新昵称与原来的相同</source>
        <translation>The new nickname is the same as the old one</translation>
    </message>
    <message>
        <source>新账号 ID 与原来的相同</source>
        <translation>The new account ID is the same as the old one</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>&lt;h1&gt;欢迎使用小店管家&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Welcome to ShopDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>小店管家帮你在自己的电脑上记录每个抖店绑定的账号（官方账号、渠道号、自营账号），在提交审核前按平台规则检查商品。数据只保存在本机，不需要服务器。</source>
        <translation>ShopDesk keeps, on your own computer, the accounts bound to each of your Douyin shops (official, channel and self-operated accounts) and checks products against the platform&apos;s rules before review. Data stays on this computer; no server is needed.</translation>
    </message>
    <message>
        <source>先新建你的第一个店铺；也可以先打开示例数据看看（示例数据单独存放，不会混入你的数据）。</source>
        <translation>Start by creating your first shop, or look at the demo data first (it is kept separately and never mixes with your data).</translation>
    </message>
    <message>
        <source>新建店铺(&amp;N)…</source>
        <translation>&amp;New shop…</translation>
    </message>
    <message>
        <source>打开示例数据(&amp;D)</source>
        <translation>Open &amp;demo data</translation>
    </message>
</context>
<context>
    <name>GmvCorrectionDialog</name>
    <message>
        <source>更正达人 GMV</source>
        <translation>Correct influencer GMV</translation>
    </message>
    <message>
        <source>只更正本软件中记错的数字。原来的数字和原因会记入操作记录，自营条件按更正后的数字重新计算。</source>
        <translation>Corrects only figures recorded wrongly in this app. The original figures and the reason go into the history; self-operated eligibility is evaluated again on the corrected figures.</translation>
    </message>
    <message>
        <source>例如：本店 GMV 少录了一笔</source>
        <translation>e.g. one sale was left out of the shop GMV</translation>
    </message>
    <message>
        <source>更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>达人</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>本店 GMV(&amp;S)</source>
        <translation>&amp;Shop GMV</translation>
    </message>
    <message>
        <source>总 GMV(&amp;T)</source>
        <translation>&amp;Total GMV</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>本店 GMV：</source>
        <translation>Shop GMV: </translation>
    </message>
    <message>
        <source>总 GMV：</source>
        <translation>Total GMV: </translation>
    </message>
</context>
<context>
    <name>GmvEntryDialog</name>
    <message>
        <source>录入达人 GMV</source>
        <translation>Enter influencer GMV</translation>
    </message>
    <message>
        <source>达人的抖音号等账号 ID</source>
        <translation>The influencer&apos;s Douyin ID or other account ID</translation>
    </message>
    <message>
        <source>例如 1,234.50</source>
        <translation>e.g. 1,234.50</translation>
    </message>
    <message>
        <source>该达人当天全部带货 GMV，不小于本店 GMV</source>
        <translation>The influencer&apos;s total selling GMV that day, not less than the shop GMV</translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>账号 ID(&amp;A)</source>
        <translation>&amp;Account ID</translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation>&amp;Nickname</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>本店 GMV（元）(&amp;S)</source>
        <translation>&amp;Shop GMV (yuan)</translation>
    </message>
    <message>
        <source>总 GMV（元）(&amp;T)</source>
        <translation>&amp;Total GMV (yuan)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>GmvImportDialog</name>
    <message>
        <source>正在读取 {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>导入达人 GMV</source>
        <translation>Import influencer GMV</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>检查数据(&amp;C)</source>
        <translation>&amp;Check data</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>文件：{name}&#x3000;格式：{kind}{enc}&#x3000;约 {n} 行数据</source>
        <translation>File: {name} · Format: {kind}{enc} · about {n} rows of data</translation>
    </message>
    <message>
        <source>，编码 </source>
        <translation>, encoding </translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>文件预览</source>
        <translation>File preview</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 1 步：对应列&lt;/b&gt;&#x3000;按表头名称自动匹配；名称不同时请为每个字段选择文件中的列（* 为必填）。</source>
        <translation>&lt;b&gt;Step 1: match columns&lt;/b&gt; — Columns are matched by their header names; where names differ, choose the file&apos;s column for each field (* is required).</translation>
    </message>
    <message>
        <source>文件预览（前 {n} 行）：</source>
        <translation>File preview (first {n} rows):</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>跳过有错误的行，只导入正确的行(&amp;S)</source>
        <translation>&amp;Skip rows with errors and import only the good ones</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 2 步：检查数据&lt;/b&gt;&#x3000;检查时不会写入任何数据。</source>
        <translation>&lt;b&gt;Step 2: check the data&lt;/b&gt; — Nothing is written while checking.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>共 {rows} 行数据：{good} 行可以导入，{bad} 行有错误；{blank} 个空行已忽略。</source>
        <translation>{rows} rows of data: {good} can be imported, {bad} have errors; {blank} empty rows ignored.</translation>
    </message>
    <message>
        <source>&lt;br&gt;下表只列出前 {n} 个错误行。</source>
        <translation>&lt;br&gt;The table lists only the first {n} rows with errors.</translation>
    </message>
    <message>
        <source>有错误的文件不会导入任何数据，除非选择跳过错误行。</source>
        <translation>A file with errors imports nothing unless you choose to skip the rows with errors.</translation>
    </message>
    <message>
        <source>&lt;b&gt;导入完成&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import finished&lt;/b&gt;</translation>
    </message>
    <message>
        <source>新增 {ins} 条，更新 {upd} 条，与已有数据相同 {same} 条；跳过错误行 {skip} 条，空行 {blank} 个；新建达人账号 {acc} 个。</source>
        <translation>{ins} added, {upd} updated, {same} identical to existing data; {skip} rows with errors skipped, {blank} empty rows; {acc} influencer accounts created.</translation>
    </message>
    <message>
        <source>列已对应好，可以检查数据。</source>
        <translation>Columns are matched; you can check the data.</translation>
    </message>
    <message>
        <source>文件中有错误行：请修正文件，或勾选「跳过有错误的行」</source>
        <translation>The file has rows with errors: fix the file, or tick “Skip rows with errors”</translation>
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
        <translation>History</translation>
    </message>
    <message>
        <source>当前店铺</source>
        <translation>Current shop</translation>
    </message>
    <message>
        <source>全部店铺</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>账号或对象</source>
        <translation>Account or item</translation>
    </message>
    <message>
        <source>按账号或对象筛选</source>
        <translation>Filter by account or object</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
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
        <translation>Search the results (Ctrl+F)…</translation>
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
        <translation>&lt;b&gt;History&lt;/b&gt; — Every binding, confirmation, cancellation, unbinding, marking, unmarking and refused attempt is recorded here. It can be viewed, never changed.</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>没有符合筛选条件的记录。</source>
        <translation>No records match the filter.</translation>
    </message>
    <message>
        <source>还没有操作记录：绑定账号、标记自营或提交商品后，每一次操作（包括被拒绝的）都会记在这里。</source>
        <translation>No history yet: once you bind accounts, mark self-operated accounts or submit products, every action (refused ones included) is recorded here.</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <source>主图列表，第一张为主图</source>
        <translation>Main images; the first is the main image</translation>
    </message>
    <message>
        <source>添加图片(&amp;A)…</source>
        <translation>&amp;Add images…</translation>
    </message>
    <message>
        <source>← 左移</source>
        <translation>← Move left</translation>
    </message>
    <message>
        <source>右移 →</source>
        <translation>Move right →</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>向前移动（Ctrl+←）；第一张是主图</source>
        <translation>Move earlier (Ctrl+←); the first is the main image</translation>
    </message>
    <message>
        <source>向后移动（Ctrl+→）</source>
        <translation>Move later (Ctrl+→)</translation>
    </message>
    <message>
        <source>删除选中的图片（Delete）</source>
        <translation>Delete the selected image (Delete)</translation>
    </message>
    <message>
        <source>PNG 或 JPEG，至少 600×600 像素，不超过 1 MB，建议正方形；可以把图片文件拖到这里。</source>
        <translation>PNG or JPEG, at least 600×600 pixels, at most 1 MB, preferably square; you can drag image files here.</translation>
    </message>
    <message>
        <source>详细信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>图片未添加的技术细节</source>
        <translation>Technical details of images not added</translation>
    </message>
    <message>
        <source>选择主图</source>
        <translation>Choose main images</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查图片…</source>
        <translation>Checking images…</translation>
    </message>
    <message>
        <source>主图</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>图 {n}</source>
        <translation>Image {n}</translation>
    </message>
    <message>
        <source>{count}/{max} 张，第一张为主图</source>
        <translation>{count}/{max} images; the first is the main image</translation>
    </message>
    <message>
        <source>（正在检查 {n} 张…）</source>
        <translation> (checking {n}…)</translation>
    </message>
    <message>
        <source>（已达上限）</source>
        <translation> (limit reached)</translation>
    </message>
    <message>
        <source>最多 {n} 张主图</source>
        <translation>At most {n} main images</translation>
    </message>
    <message>
        <source>添加 PNG/JPEG 主图</source>
        <translation>Add PNG/JPEG main images</translation>
    </message>
</context>
<context>
    <name>InfluencersPage</name>
    <message>
        <source>达人 GMV 记录</source>
        <translation>Influencer GMV records</translation>
    </message>
    <message>
        <source>按昵称、账号 ID、日期查找（Ctrl+F）…</source>
        <translation>Search by nickname, account ID or date (Ctrl+F)…</translation>
    </message>
    <message>
        <source>时间范围(&amp;R)</source>
        <translation>Time &amp;range</translation>
    </message>
    <message>
        <source>&lt;b&gt;达人数据&lt;/b&gt;&#x3000;每个达人账号每天一条：本店商品 GMV 和该达人的总 GMV。可手工录入，或导入从抖店/罗盘导出的 CSV、XLSX 文件（同一文件重复导入不会重复记录）。</source>
        <translation>&lt;b&gt;Influencer data&lt;/b&gt; — One row per influencer account per day: the GMV of this shop&apos;s products and the influencer&apos;s total GMV. Enter it by hand, or import CSV/XLSX files exported from the Douyin shop backend or Compass (importing the same file twice never duplicates records).</translation>
    </message>
    <message>
        <source>这段时间还没有达人 GMV 记录。</source>
        <translation>No influencer GMV records in this period yet.</translation>
    </message>
    <message>
        <source>近30天（{start} 至 {end}）：达人带来本店 GMV ¥{total}，{n} 个达人；其中自营账号 ¥{own}（{k} 个），占 {share}。</source>
        <translation>Last 30 days ({start} to {end}): influencers brought the shop ¥{total} GMV, {n} influencers; self-operated accounts ¥{own} ({k}), a share of {share}.</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>（只显示最近的 {n} 条，请缩小时间范围）</source>
        <translation> (only the latest {n} shown; narrow the time range)</translation>
    </message>
    <message>
        <source>删除 GMV 记录</source>
        <translation>Delete GMV record</translation>
    </message>
    <message>
        <source>删除「{name}」{day} 的 GMV 记录？</source>
        <translation>Delete the GMV record of “{name}” on {day}?</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>团队服务器：已连接（{label}）</source>
        <translation>Team server: connected ({label})</translation>
    </message>
    <message>
        <source>团队服务器连接已断开，正在重连…</source>
        <translation>Team server disconnected; reconnecting…</translation>
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
        <source>正在打开数据…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>当前店铺：{name}</source>
        <translation>Current shop: {name}</translation>
    </message>
    <message>
        <source>尚未选择店铺</source>
        <translation>No shop selected</translation>
    </message>
</context>
<context>
    <name>OfficialBindDialog</name>
    <message>
        <source>绑定店铺官方账号</source>
        <translation>Bind the shop&apos;s official account</translation>
    </message>
    <message>
        <source>示意图：真实二维码显示在抖店后台</source>
        <translation>Illustration: the real QR code is shown in the Douyin shop backend</translation>
    </message>
    <message>
        <source>示意二维码（请在抖店后台扫码）</source>
        <translation>Illustrative QR code (scan in the Douyin shop backend)</translation>
    </message>
    <message>
        <source>&lt;b&gt;在抖店后台完成绑定：&lt;/b&gt;&lt;ol&gt;&lt;li&gt;打开 &lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt;，页面显示二维码；&lt;/li&gt;&lt;li&gt;用要绑定的抖音账号扫码，在抖音里点 &lt;b&gt;接受绑定&lt;/b&gt;；&lt;/li&gt;&lt;li&gt;回到这里点 &lt;b&gt;记录已接受&lt;/b&gt;，再点 &lt;b&gt;确认绑定&lt;/b&gt;（确认后永久有效）。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;只有抖音账号可以作为官方账号；一个店铺只有一个官方账号，一个账号也只能做一个店铺的官方账号。&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bind in the Douyin shop backend:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt; (Shop settings → Official account → Bind now); the page shows a QR code;&lt;/li&gt;&lt;li&gt;scan it with the Douyin account to bind and tap &lt;b&gt;接受绑定&lt;/b&gt; (accept) in Douyin;&lt;/li&gt;&lt;li&gt;come back here, click &lt;b&gt;Record accepted&lt;/b&gt;, then &lt;b&gt;Confirm binding&lt;/b&gt; (permanent once confirmed).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only a Douyin account can be an official account; a shop has one official account, and an account can be the official account of one shop only.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>例如：xiaolin_jiaju</source>
        <translation>e.g. xiaolin_jiaju</translation>
    </message>
    <message>
        <source>平台(&amp;P)</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>抖音号(&amp;D)</source>
        <translation>&amp;Douyin ID</translation>
    </message>
    <message>
        <source>昵称(&amp;N)</source>
        <translation>&amp;Nickname</translation>
    </message>
    <message>
        <source>开始绑定</source>
        <translation>Start binding</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfficialConfirmDialog</name>
    <message>
        <source>确认绑定官方账号</source>
        <translation>Confirm official account binding</translation>
    </message>
    <message>
        <source>要绑定为本店官方账号：&lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>To be bound as this shop&apos;s official account: &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;绑定是永久的：&lt;/b&gt;确认后，官方账号不能解绑，也不能更换为其他账号。</source>
        <translation>&lt;b&gt;Binding is permanent:&lt;/b&gt; once confirmed, the official account can never be unbound or replaced by another account.</translation>
    </message>
    <message>
        <source>我已了解：绑定后永久有效，不能解绑或更换(&amp;U)</source>
        <translation>I &amp;understand: the binding is permanent and cannot be undone or changed</translation>
    </message>
    <message>
        <source>确认绑定</source>
        <translation>Confirm binding</translation>
    </message>
    <message>
        <source>暂不确认</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>OfficialPanel</name>
    <message>
        <source>绑定店铺官方账号可以提升店铺曝光，帮助店铺沉淀私域流量。抖店后台路径：&lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt;。只有抖音账号可以作为官方账号；绑定确认后&lt;b&gt;永久有效，不能解绑或更换&lt;/b&gt;。</source>
        <translation>Binding an official account raises the shop&apos;s exposure and builds its private traffic. Douyin shop backend: &lt;b&gt;店铺设置 → 店铺官方账号 → 立即绑定&lt;/b&gt; (Shop settings → Official account → Bind now). Only a Douyin account can be the official account; once confirmed it is &lt;b&gt;permanent and cannot be unbound or replaced&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>官方账号绑定记录</source>
        <translation>Official account bindings</translation>
    </message>
    <message>
        <source>请先选择一个店铺。</source>
        <translation>Please choose a shop first.</translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;未绑定</source>
        <translation>&lt;b&gt;Official account:&lt;/b&gt; not bound</translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;{account}&#x3000;已绑定（{date} 起，永久有效）</source>
        <translation>&lt;b&gt;Official account:&lt;/b&gt; {account} · bound (since {date}, permanent)</translation>
    </message>
    <message>
        <source>&lt;b&gt;官方账号：&lt;/b&gt;{account}&#x3000;{state}</source>
        <translation>&lt;b&gt;Official account:&lt;/b&gt; {account} · {state}</translation>
    </message>
    <message>
        <source>还没有官方账号。</source>
        <translation>No official account yet.</translation>
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
        <translation>Platform connection</translation>
    </message>
    <message>
        <source>在抖店开放平台创建「自用型应用」并授权给本店后，把应用的 App Key、App Secret 和本店的店铺 ID 填在这里。App Secret 只保存在系统钥匙串中，不会写进数据文件。</source>
        <translation>After creating a “self-use app” on the Douyin shop open platform and authorising it for this shop, enter the app&apos;s App Key and App Secret and this shop&apos;s ID here. The App Secret is kept only in the system keychain, never in the data file.</translation>
    </message>
    <message>
        <source>已保存在系统钥匙串中（留空则不修改）</source>
        <translation>Saved in the system keychain (leave empty to keep it)</translation>
    </message>
    <message>
        <source>应用的 App Secret</source>
        <translation>The app&apos;s App Secret</translation>
    </message>
    <message>
        <source>默认 https://openapi-fxg.jinritemai.com</source>
        <translation>Default https://openapi-fxg.jinritemai.com</translation>
    </message>
    <message>
        <source>App Key(&amp;K)</source>
        <translation>App &amp;Key</translation>
    </message>
    <message>
        <source>App Secret(&amp;E)</source>
        <translation>App S&amp;ecret</translation>
    </message>
    <message>
        <source>店铺 ID(&amp;I)</source>
        <translation>Shop &amp;ID</translation>
    </message>
    <message>
        <source>网关地址(&amp;G)</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>删除连接</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>已连接：{name}（上次测试 {at}）
网关：{gw}</source>
        <translation>Connected: {name} (last tested {at})
Gateway: {gw}</translation>
    </message>
    <message>
        <source>已保存，尚未测试连接。
网关：{gw}</source>
        <translation>Saved, connection not tested yet.
Gateway: {gw}</translation>
    </message>
    <message>
        <source>正在连接抖店开放平台…</source>
        <translation>Connecting to the Douyin shop open platform…</translation>
    </message>
    <message>
        <source>正在测试连接…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>连接成功：{name}</source>
        <translation>Connected: {name}</translation>
    </message>
    <message>
        <source>连接已删除，钥匙串中的令牌已清除。</source>
        <translation>Connection deleted; the token in the keychain was cleared.</translation>
    </message>
</context>
<context>
    <name>PlatformMenu</name>
    <message>
        <source>平台连接(&amp;C)…</source>
        <translation>Platform &amp;connection…</translation>
    </message>
    <message>
        <source>拉取类目(&amp;T)</source>
        <translation>Fetch ca&amp;tegories</translation>
    </message>
    <message>
        <source>拉取商品与审核状态(&amp;P)</source>
        <translation>Fetch &amp;products and review status</translation>
    </message>
    <message>
        <source>核对绑定账号(&amp;A)…</source>
        <translation>Check bound &amp;accounts…</translation>
    </message>
    <message>
        <source>拉取联盟订单 GMV（近 30 天）(&amp;G)</source>
        <translation>Fetch affiliate order &amp;GMV (last 30 days)</translation>
    </message>
    <message>
        <source>同步冲突(&amp;F)…</source>
        <translation>Sync con&amp;flicts…</translation>
    </message>
    <message>
        <source>提交到抖店（预演）(&amp;U)…</source>
        <translation>S&amp;ubmit to the Douyin shop (dry run)…</translation>
    </message>
    <message>
        <source>同步记录(&amp;R)…</source>
        <translation>Sync &amp;records…</translation>
    </message>
    <message>
        <source>请先在「平台连接」里连接本店</source>
        <translation>Connect this shop in “Platform connection” first</translation>
    </message>
    <message>
        <source>请先在「商品」页选择一个商品</source>
        <translation>Choose a product on the “Products” page first</translation>
    </message>
    <message>
        <source>已取消同步，没有写入任何数据。</source>
        <translation>Sync cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>与抖店同步</source>
        <translation>Sync with Douyin shop</translation>
    </message>
    <message>
        <source>同步完成：{summary}</source>
        <translation>Sync finished: {summary}</translation>
    </message>
    <message>
        <source>正在从抖店拉取类目…</source>
        <translation>Fetching categories from the Douyin shop…</translation>
    </message>
    <message>
        <source>正在从抖店拉取商品和审核状态…</source>
        <translation>Fetching products and review status from the Douyin shop…</translation>
    </message>
    <message>
        <source>正在从抖店拉取绑定账号…</source>
        <translation>Fetching bound accounts from the Douyin shop…</translation>
    </message>
    <message>
        <source>正在从抖店拉取联盟订单…</source>
        <translation>Fetching affiliate orders from the Douyin shop…</translation>
    </message>
    <message>
        <source>提交到抖店</source>
        <translation>Submit to the Douyin shop</translation>
    </message>
    <message>
        <source>请先在「商品」页选择一个商品。</source>
        <translation>Choose a product on the “Products” page first.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>编辑商品</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>新建商品</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>上一步(&amp;P)</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>提交审核(&amp;U)</source>
        <translation>S&amp;ubmit for review</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存草稿（Ctrl+S 或 Ctrl+Enter）</source>
        <translation>Save the draft (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>商品 #{id}&#x3000;状态：{state}</source>
        <translation>Product #{id} · Status: {state}</translation>
    </message>
    <message>
        <source>审核未通过 — {field}：{reason}</source>
        <translation>Review failed — {field}: {reason}</translation>
    </message>
    <message>
        <source>这是已审核通过的商品：修改后需重新提交审核，提交后回到“待审核”。</source>
        <translation>This product passed review: after changes it must be submitted again and goes back to “Pending review”.</translation>
    </message>
    <message>
        <source>提交给平台审核</source>
        <translation>Submit to the platform for review</translation>
    </message>
    <message>
        <source>有错误也可以先保存草稿</source>
        <translation>You can save a draft even with errors</translation>
    </message>
    <message>
        <source>还有 {n} 处需要修改（见各步骤中红字）</source>
        <translation>{n} things still need changing (see the red text in each step)</translation>
    </message>
    <message>
        <source>已符合全部规则，可以提交审核</source>
        <translation>Meets every rule; ready to submit for review</translation>
    </message>
    <message>
        <source>关闭编辑器</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <source>这个商品有未保存的修改。关闭前要保存为草稿吗？</source>
        <translation>This product has unsaved changes. Save them as a draft before closing?</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>草稿已保存。</source>
        <translation>Draft saved. </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>状态(&amp;T)</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>共 {n} 个商品</source>
        <translation>{n} products</translation>
    </message>
    <message>
        <source>商品列表</source>
        <translation>Product list</translation>
    </message>
    <message>
        <source>按标题或商品ID查找（Ctrl+F）…</source>
        <translation>Search by title or product ID (Ctrl+F)…</translation>
    </message>
    <message>
        <source>不可用的操作 — </source>
        <translation>Unavailable actions — </translation>
    </message>
    <message>
        <source>没有这个状态的商品。</source>
        <translation>No products in this state.</translation>
    </message>
    <message>
        <source>还没有商品。</source>
        <translation>No products yet.</translation>
    </message>
    <message>
        <source>已复制为新的草稿，可以在编辑器中修改</source>
        <translation>Copied as a new draft; you can change it in the editor</translation>
    </message>
    <message>
        <source>删除商品</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <source>删除这个商品？删除后不能恢复（操作记录会保留）。</source>
        <translation>Delete this product? It cannot be undone (the history is kept).</translation>
    </message>
    <message>
        <source>导出商品</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>商品导出.xlsx</source>
        <translation>products-export.xlsx</translation>
    </message>
</context>
<context>
    <name>PushDryRunDialog</name>
    <message>
        <source>提交到抖店（预演，未发送）</source>
        <translation>Submit to the Douyin shop (dry run, not sent)</translation>
    </message>
    <message>
        <source>只做预演，没有发送到抖店：图片需要先上传到抖店素材中心（material.uploadImageSync 只接受公网可访问的图片地址或另行上传得到的 file_uri），而公开资料无法确认 pic 是否接受素材中心以外的地址。下面是将要发送的完整请求（签名和令牌已隐去，图片为占位符）。</source>
        <translation>Dry run only, nothing was sent to the Douyin shop: images must first be uploaded to the Douyin shop&apos;s material centre (material.uploadImageSync accepts only a publicly reachable image address or a file_uri obtained by a separate upload), and the public documentation does not confirm whether pic accepts addresses outside the material centre. Below is the full request that would be sent (signature and token hidden, images as placeholders).</translation>
    </message>
    <message>
        <source>将要发送的请求（预演，未发送）</source>
        <translation>The request that would be sent (dry run, not sent)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>记录审核结果</source>
        <translation>Record review result</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>未通过原因</source>
        <translation>Reason for failing</translation>
    </message>
    <message>
        <source>添加原因(&amp;A)</source>
        <translation>&amp;Add reason</translation>
    </message>
    <message>
        <source>删除原因</source>
        <translation>Delete reason</translation>
    </message>
    <message>
        <source>记录(&amp;S)</source>
        <translation>Reco&amp;rd</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&#x3000;当前状态：{state}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — Current status: {state}</translation>
    </message>
    <message>
        <source>（未填写标题）</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>平台给出的审核结果：</source>
        <translation>Review result from the platform:</translation>
    </message>
    <message>
        <source>未通过时，每个有问题的字段写一条原因：</source>
        <translation>If it failed, write one reason per field with a problem:</translation>
    </message>
    <message>
        <source>平台写的原因</source>
        <translation>The reason the platform gave</translation>
    </message>
    <message>
        <source>审核未通过时请至少填写一条原因</source>
        <translation>Please enter at least one reason when the review failed</translation>
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
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <source>检查数据库(&amp;C)…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <source>导出全部数据(&amp;E)…</source>
        <translation>&amp;Export all data…</translation>
    </message>
    <message>
        <source>导入全部数据(&amp;I)…</source>
        <translation>&amp;Import all data…</translation>
    </message>
    <message>
        <source>数据库文件是只读的：可以查看，但不能修改。要修改，请让文件可写（检查文件属性或权限）后重新打开小店管家。</source>
        <translation>The database file is read-only: you can view but not change it. To make changes, make the file writable (check its properties or permissions) and reopen ShopDesk.</translation>
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
        <translation>Database check found problems</translation>
    </message>
    <message>
        <source>例行检查发现数据库有问题。请用 工具 → 检查数据库… 查看详情并修复（修复前会自动备份）。</source>
        <translation>A routine check found problems in the database. Use Tools → Check database… to see the details and repair (a backup is made first).</translation>
    </message>
</context>
<context>
    <name>SelfOperatedPanel</name>
    <message>
        <source>全部达人</source>
        <translation>All influencers</translation>
    </message>
    <message>
        <source>符合条件</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>等待达人授权</source>
        <translation>Waiting for authorisation</translation>
    </message>
    <message>
        <source>自营账号</source>
        <translation>Self-operated accounts</translation>
    </message>
    <message>
        <source>显示(&amp;S)</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&lt;b&gt;自营账号&lt;/b&gt;&#x3000;近30天（含今天）在本店的带货 GMV 占该达人总 GMV ≥ 50% 的达人可标记为自营；标记后需达人授权。</source>
        <translation>&lt;b&gt;Self-operated accounts&lt;/b&gt; — An influencer whose GMV selling this shop&apos;s products over the last 30 days (today included) is ≥ 50% of their total GMV can be marked as self-operated; the influencer must then authorise it.</translation>
    </message>
    <message>
        <source>达人账号列表</source>
        <translation>Influencer accounts</translation>
    </message>
    <message>
        <source>按昵称、账号 ID 查找（Ctrl+F）…</source>
        <translation>Search by nickname or account ID (Ctrl+F)…</translation>
    </message>
    <message>
        <source>没有符合筛选条件的达人。</source>
        <translation>No influencers match the filter.</translation>
    </message>
    <message>
        <source>还没有达人 GMV 数据：录入或导入后，这里列出每个达人的近30天占比。</source>
        <translation>No influencer GMV data yet: after you enter or import it, each influencer&apos;s 30-day share is listed here.</translation>
    </message>
    <message>
        <source>近30天（{start} 至 {end}）达人带来本店 GMV &lt;b&gt;¥{total}&lt;/b&gt;（{n} 个达人），其中自营账号 &lt;b&gt;¥{own}&lt;/b&gt;（{k} 个），占 &lt;b&gt;{share}&lt;/b&gt;。</source>
        <translation>Last 30 days ({start} to {end}): influencers brought the shop &lt;b&gt;¥{total}&lt;/b&gt; GMV ({n} influencers); self-operated accounts &lt;b&gt;¥{own}&lt;/b&gt; ({k}), a share of &lt;b&gt;{share}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>显示 {shown} / 共 {n} 个，符合条件 {e} 个</source>
        <translation>Showing {shown} of {n}; {e} eligible</translation>
    </message>
    <message>
        <source>已标记「{name}」为自营，等待达人授权</source>
        <translation>Marked “{name}” as self-operated; waiting for the influencer&apos;s authorisation</translation>
    </message>
    <message>
        <source>记录「{name}」拒绝授权？该账号将恢复为带货账号。</source>
        <translation>Record that “{name}” declined? The account goes back to being a selling account.</translation>
    </message>
    <message>
        <source>将「{name}」标记为带货？它将不再是本店的自营账号。</source>
        <translation>Mark “{name}” as a selling account? It will no longer be this shop&apos;s self-operated account.</translation>
    </message>
    <message>
        <source>登记「{name}」已由平台自动配置为本店的自营账号？</source>
        <translation>Record that the platform configured “{name}” as this shop&apos;s self-operated account?</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>正在批量标记 {n} 个账号…</source>
        <translation>Marking {n} accounts…</translation>
    </message>
    <message>
        <source>正在提议全部符合条件的账号…</source>
        <translation>Proposing all eligible accounts…</translation>
    </message>
    <message>
        <source>批量标记为自营</source>
        <translation>Mark as self-operated in bulk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>外观(&amp;A)：</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>新的界面语言在下次启动小店管家时生效。</source>
        <translation>The new interface language takes effect the next time ShopDesk starts.</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>修改店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <source>新建店铺</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>例如：小林家居旗舰店</source>
        <translation>e.g. Lin&apos;s Home Flagship Store</translation>
    </message>
    <message>
        <source>抖店后台显示的店铺 ID，只含数字</source>
        <translation>The shop ID shown in the Douyin shop backend, digits only</translation>
    </message>
    <message>
        <source>已企业认证（官方账号审核费免除）</source>
        <translation>Enterprise-certified (official account review fee waived)</translation>
    </message>
    <message>
        <source>店铺名称(&amp;N)</source>
        <translation>Shop &amp;name</translation>
    </message>
    <message>
        <source>平台店铺 ID(&amp;I)</source>
        <translation>Platform shop &amp;ID</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ShopSwitcher</name>
    <message>
        <source>当前店铺</source>
        <translation>Current shop</translation>
    </message>
    <message>
        <source>新建店铺(&amp;N)…</source>
        <translation>&amp;New shop…</translation>
    </message>
    <message>
        <source>修改店铺(&amp;E)…</source>
        <translation>&amp;Edit shop…</translation>
    </message>
    <message>
        <source>归档店铺(&amp;A)…</source>
        <translation>&amp;Archive shop…</translation>
    </message>
    <message>
        <source>恢复已归档店铺(&amp;R)…</source>
        <translation>&amp;Restore archived shop…</translation>
    </message>
    <message>
        <source>（企业认证）</source>
        <translation> (enterprise-certified)</translation>
    </message>
    <message>
        <source>请先选择一个店铺</source>
        <translation>Please choose a shop first</translation>
    </message>
    <message>
        <source>归档店铺</source>
        <translation>Archive shop</translation>
    </message>
    <message>
        <source>归档「{name}」？
归档后它不再出现在店铺列表中，数据全部保留，可随时恢复。</source>
        <translation>Archive “{name}”?
It will no longer be listed among the shops; all its data is kept and it can be restored at any time.</translation>
    </message>
    <message>
        <source>恢复店铺</source>
        <translation>Restore shop</translation>
    </message>
    <message>
        <source>选择要恢复的店铺：</source>
        <translation>Choose the shop to restore:</translation>
    </message>
</context>
<context>
    <name>SpecsTab</name>
    <message>
        <source>规格（最多 3 个，规格值用逗号或顿号分隔）</source>
        <translation>Specs (at most 3; separate values with commas)</translation>
    </message>
    <message>
        <source>规格名称</source>
        <translation>Spec name</translation>
    </message>
    <message>
        <source>规格值</source>
        <translation>Spec values</translation>
    </message>
    <message>
        <source>如：颜色</source>
        <translation>e.g. Colour</translation>
    </message>
    <message>
        <source>如：尺码</source>
        <translation>e.g. Size</translation>
    </message>
    <message>
        <source>如：红，黑</source>
        <translation>e.g. Red, Black</translation>
    </message>
    <message>
        <source>如：S，M，L</source>
        <translation>e.g. S, M, L</translation>
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
        <translation>Price</translation>
    </message>
    <message>
        <source>原价</source>
        <translation>Original price</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
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
        <translation>Apply to selected SK&amp;Us</translation>
    </message>
    <message>
        <source>把填写的价格或库存设置到选中的 SKU；没有选中时设置到全部 SKU</source>
        <translation>Apply the price or stock entered to the selected SKUs; to all SKUs when none is selected</translation>
    </message>
    <message>
        <source>批量设置：</source>
        <translation>Set for several:</translation>
    </message>
</context>
<context>
    <name>SyncRunsDialog</name>
    <message>
        <source>同步记录</source>
        <translation>Sync records</translation>
    </message>
    <message>
        <source>还没有同步过。在「平台」菜单里连接店铺后拉取类目、商品或绑定账号。</source>
        <translation>No syncs yet. Connect the shop in the “Platform” menu, then fetch categories, products or bound accounts.</translation>
    </message>
</context>
<context>
    <name>SyncRunsModel</name>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>拉取类目</source>
        <translation>Fetch categories</translation>
    </message>
    <message>
        <source>拉取类目属性</source>
        <translation>Fetch category attributes</translation>
    </message>
    <message>
        <source>拉取商品</source>
        <translation>Fetch products</translation>
    </message>
    <message>
        <source>拉取绑定账号</source>
        <translation>Fetch bound accounts</translation>
    </message>
    <message>
        <source>拉取联盟订单</source>
        <translation>Fetch affiliate orders</translation>
    </message>
    <message>
        <source>提交到抖店</source>
        <translation>Submit to the Douyin shop</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>预演（未发送）</source>
        <translation>Dry run (not sent)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>请求数</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>获取</source>
        <translation>Fetched</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>用时</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{s:.1f} 秒</source>
        <translation>{s:.1f} s</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>筛选表格</source>
        <translation>Filter the table</translation>
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
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>更多操作</source>
        <translation>More actions</translation>
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
        <translation>“{action}” is unavailable: {reason}</translation>
    </message>
    <message>
        <source>没有记录。</source>
        <translation>No records.</translation>
    </message>
    <message>
        <source>请先在上方选择或新建一个店铺。</source>
        <translation>Please choose or create a shop above first.</translation>
    </message>
    <message>
        <source>没有符合筛选条件的记录。按 Esc 清除筛选。</source>
        <translation>No records match the filter. Press Esc to clear it.</translation>
    </message>
    <message>
        <source>按 {key}「{label}」开始。</source>
        <translation>Press {key} (“{label}”) to start.</translation>
    </message>
    <message>
        <source>点「{label}」开始。</source>
        <translation>Click “{label}” to start.</translation>
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
    <name>VoidDialog</name>
    <message>
        <source>作废绑定记录</source>
        <translation>Void binding record</translation>
    </message>
    <message>
        <source>&lt;p&gt;作废 &lt;b&gt;{account}&lt;/b&gt; 的这条绑定记录？&lt;/p&gt;&lt;p&gt;只有当这次绑定&lt;b&gt;在抖店平台上从未发生&lt;/b&gt;（例如误点、记错了店铺）时才作废。&lt;/p&gt;&lt;p&gt;&lt;b&gt;作废只更改小店管家里的记录，不会、也不能更改抖店平台上的任何绑定。&lt;/b&gt;平台上真实存在的官方账号绑定仍然不能解绑；真实的渠道号请满 180 天后在平台上解绑。&lt;/p&gt;&lt;p&gt;作废后这条记录仍会显示（已作废），原因记入操作记录。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Void this binding record of &lt;b&gt;{account}&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Void it only if this binding &lt;b&gt;never happened on the Douyin shop platform&lt;/b&gt; (for example a mis-click or the wrong shop).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voiding changes only ShopDesk&apos;s record; it does not and cannot change any binding on the platform.&lt;/b&gt; A real official account binding on the platform still can never be unbound; a real channel account is unbound on the platform once 180 days have passed.&lt;/p&gt;&lt;p&gt;The voided record stays visible (voided) and the reason goes into the history.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>例如：误点了确认，平台上并没有绑定</source>
        <translation>e.g. confirm was clicked by mistake; nothing was bound on the platform</translation>
    </message>
    <message>
        <source>作废这条记录(&amp;V)</source>
        <translation>&amp;Void this record</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
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
    <name>messages</name>
    <message>
        <source>抖店开放平台拒绝了签名（{code}）：App Secret 不正确，或与 App Key 不匹配。请在「平台连接」里重新填写 App Secret。</source>
        <translation>The Douyin Open Platform rejected the signature ({code}): the App Secret is wrong or does not belong to the App Key. Enter the App Secret again under Platform connection.</translation>
    </message>
    <message>
        <source>抖店开放平台拒绝了请求时间（{code}）：请检查电脑的日期和时间是否准确。</source>
        <translation>The Douyin Open Platform rejected the request time ({code}): check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>店铺授权已失效（{code}）：请在抖店后台确认自用型应用仍授权给本店，然后在「平台连接」里点「测试连接」。</source>
        <translation>The shop&apos;s authorization is no longer valid ({code}): check in the Douyin shop backend that the self-use app is still authorized for this shop, then click Test connection under Platform connection.</translation>
    </message>
    <message>
        <source>没有调用 {method} 的权限（{code}）：请在抖店开放平台为该应用开通对应的接口权限包。</source>
        <translation>No permission to call {method} ({code}): enable the matching API permission package for this app on the Douyin Open Platform.</translation>
    </message>
    <message>
        <source>抖店开放平台限流（{code}）：已重试 {tries} 次仍被限流，请稍后再同步。没有写入任何数据。</source>
        <translation>The Douyin Open Platform is rate-limiting requests ({code}): still limited after {tries} tries; sync again later. Nothing was written.</translation>
    </message>
    <message>
        <source>抖店开放平台暂时不可用（{code}）：已重试 {tries} 次，请稍后再试。没有写入任何数据。</source>
        <translation>The Douyin Open Platform is temporarily unavailable ({code}): tried {tries} times; try again later. Nothing was written.</translation>
    </message>
    <message>
        <source>抖店开放平台在 {seconds} 秒内没有响应（{method}，超时）。请检查网络后重试。没有写入任何数据。</source>
        <translation>The Douyin Open Platform did not answer within {seconds} s ({method}, timeout). Check the network and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>连接不到抖店开放平台（{method}）：{reason}。请检查网络和网关地址。</source>
        <translation>Cannot reach the Douyin Open Platform ({method}): {reason}. Check the network and the gateway address.</translation>
    </message>
    <message>
        <source>与抖店开放平台的安全连接校验失败（{method}，TLS 证书）：为安全起见没有继续。</source>
        <translation>The secure connection to the Douyin Open Platform could not be verified ({method}, TLS certificate); stopped for safety.</translation>
    </message>
    <message>
        <source>抖店开放平台返回了无法识别的内容（{method}，不是有效的 JSON）。没有写入任何数据。</source>
        <translation>The Douyin Open Platform answered with something unreadable ({method}, not valid JSON). Nothing was written.</translation>
    </message>
    <message>
        <source>抖店开放平台返回错误（{method}，{code}）：{detail}</source>
        <translation>The Douyin Open Platform returned an error ({method}, {code}): {detail}</translation>
    </message>
    <message>
        <source>授权的店铺（{got}）与这里填写的店铺 ID（{want}）不一致，请检查店铺 ID。</source>
        <translation>The authorized shop ({got}) is not the shop ID entered here ({want}); check the shop ID.</translation>
    </message>
    <message>
        <source>这台电脑没有可用的系统钥匙串（{backend}），App Secret 无法安全保存。小店管家不会把密钥存成明文文件；请启用系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service）后再连接。</source>
        <translation>This computer has no usable system keychain ({backend}), so the App Secret cannot be stored safely. ShopDesk never keeps secrets in a plain file; enable the system keychain (Windows Credential Manager, macOS Keychain or Linux Secret Service) and connect again.</translation>
    </message>
    <message>
        <source>系统钥匙串出错，无法读取或保存密钥：{reason}</source>
        <translation>The system keychain failed; the secret could not be read or saved: {reason}</translation>
    </message>
    <message>
        <source>钥匙串里没有这个店铺的 App Secret，请在「平台连接」里填写。</source>
        <translation>The keychain has no App Secret for this shop; enter it under Platform connection.</translation>
    </message>
    <message>
        <source>已取消同步，没有写入任何数据。</source>
        <translation>Sync cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>抖店开放平台返回的内容过大（{method}，超过 {limit} MB），已停止。</source>
        <translation>The Douyin Open Platform&apos;s answer is too large ({method}, over {limit} MB); stopped.</translation>
    </message>
    <message>
        <source>请输入账号 ID</source>
        <translation>Enter the account ID</translation>
    </message>
    <message>
        <source>账号 ID 只能包含字母、数字、下划线、点和连字符，长度 2–32</source>
        <translation>An account ID may contain only letters, digits, underscores, dots and hyphens, 2–32 characters long</translation>
    </message>
    <message>
        <source>昵称最多 30 个字</source>
        <translation>A nickname can be at most 30 characters</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>不支持的平台</source>
        <translation>Unsupported platform</translation>
    </message>
    <message>
        <source>第 {index} 个类目节点（id={id}）</source>
        <translation>Category node {index} (id={id})</translation>
    </message>
    <message>
        <source>{where}，第 {index} 个属性</source>
        <translation>{where}, property {index}</translation>
    </message>
    <message>
        <source>缺少值</source>
        <translation>a value is missing</translation>
    </message>
    <message>
        <source>缺少逗号</source>
        <translation>a comma is missing</translation>
    </message>
    <message>
        <source>缺少冒号</source>
        <translation>a colon is missing</translation>
    </message>
    <message>
        <source>属性名必须用双引号</source>
        <translation>property names must be in double quotes</translation>
    </message>
    <message>
        <source>字符串没有结束</source>
        <translation>a string is not closed</translation>
    </message>
    <message>
        <source>多余的内容</source>
        <translation>extra content</translation>
    </message>
    <message>
        <source>非法控制字符</source>
        <translation>invalid control character</translation>
    </message>
    <message>
        <source>类目文件的顶层应是类目节点列表，或带 data 列表的对象</source>
        <translation>The top level of a category file must be a list of category nodes, or an object with a data list</translation>
    </message>
    <message>
        <source>第 {index} 个类目节点</source>
        <translation>Category node {index}</translation>
    </message>
    <message>
        <source>类目文件里没有类目节点</source>
        <translation>The category file has no category nodes</translation>
    </message>
    <message>
        <source>类目文件有 {count:,} 个类目节点，超过上限 {limit:,}，不是一棵类目树</source>
        <translation>The category file has {count:,} category nodes, more than the limit of {limit:,}; it is not a category tree</translation>
    </message>
    <message>
        <source>第 {index} 个类目节点不是对象</source>
        <translation>Category node {index} is not an object</translation>
    </message>
    <message>
        <source>{where}，字段 {field}：{reason}</source>
        <translation>{where}, field {field}: {reason}</translation>
    </message>
    <message>
        <source>必须是 1 到 {max} 之间的整数（只用 0–9 数字）</source>
        <translation>must be a whole number from 1 to {max} (digits 0–9 only)</translation>
    </message>
    <message>
        <source>必须是 1 到 4 的整数</source>
        <translation>must be a whole number from 1 to 4</translation>
    </message>
    <message>
        <source>类目最多 {max} 级，这里是第 {level} 级</source>
        <translation>categories have at most {max} levels; this one is level {level}</translation>
    </message>
    <message>
        <source>必须是列表</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>只有叶子类目可以有类目属性</source>
        <translation>only a leaf category can have category properties</translation>
    </message>
    <message>
        <source>必须是整数（一级类目为 0）</source>
        <translation>must be a whole number (0 for a first-level category)</translation>
    </message>
    <message>
        <source>必须是 true/false 或 1/0</source>
        <translation>must be true/false or 1/0</translation>
    </message>
    <message>
        <source>必须是非空文字</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <source>不能超过 {max} 个字</source>
        <translation>must be at most {max} characters</translation>
    </message>
    <message>
        <source>不能包含控制字符</source>
        <translation>must not contain control characters</translation>
    </message>
    <message>
        <source>{where}不是对象</source>
        <translation>{where} is not an object</translation>
    </message>
    <message>
        <source>必须是 0 到 {max} 之间的整数（只用 0–9 数字）</source>
        <translation>must be a whole number from 0 to {max} (digits 0–9 only)</translation>
    </message>
    <message>
        <source>只能是 {types}</source>
        <translation>must be one of {types}</translation>
    </message>
    <message>
        <source>单选/多选属性至少要有一个选项</source>
        <translation>a single- or multiple-choice property needs at least one option</translation>
    </message>
    <message>
        <source>必须是 [{{name, value}}] 列表</source>
        <translation>must be a [{{name, value}}] list</translation>
    </message>
    <message>
        <source>选项有 {count:,} 个，超过上限 {limit:,}</source>
        <translation>there are {count:,} options, more than the limit of {limit:,}</translation>
    </message>
    <message>
        <source>类目文件不是有效的 JSON：第 {line} 行第 {column} 列，{reason}</source>
        <translation>The category file is not valid JSON: line {line}, column {column}, {reason}</translation>
    </message>
    <message>
        <source>类目文件的嵌套层次过深，不是类目数据</source>
        <translation>The category file is nested too deeply; it is not category data</translation>
    </message>
    <message>
        <source>{where}，第 {index} 个属性：property_id {id} 重复</source>
        <translation>{where}, property {index}: property_id {id} appears twice</translation>
    </message>
    <message>
        <source>measure 类型必须给出单位</source>
        <translation>a measure property must give its unit</translation>
    </message>
    <message>
        <source>只有 measure 类型可以带单位</source>
        <translation>only a measure property can have a unit</translation>
    </message>
    <message>
        <source>第 {index} 个选项缺少 name</source>
        <translation>option {index} has no name</translation>
    </message>
    <message>
        <source>选项「{name}」重复</source>
        <translation>option “{name}” appears twice</translation>
    </message>
    <message>
        <source>第 {index} 个类目节点（id={id}），字段 id：与第 {other} 个节点重复</source>
        <translation>Category node {index} (id={id}), field id: the same as node {other}</translation>
    </message>
    <message>
        <source>请写明原因（至少 {n} 个字），它会和更正一起记入操作记录</source>
        <translation>Write down the reason (at least {n} characters); it is kept in the history with the correction</translation>
    </message>
    <message>
        <source>原因最多 {n} 个字</source>
        <translation>The reason can be at most {n} characters</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>本店 GMV</source>
        <translation>Shop GMV</translation>
    </message>
    <message>
        <source>总 GMV</source>
        <translation>Total GMV</translation>
    </message>
    <message>
        <source>请为「{field}」选择一列</source>
        <translation>Choose a column for “{field}”</translation>
    </message>
    <message>
        <source>日期「{value}」无法识别（例如 2026-11-27）</source>
        <translation>The date “{value}” is not recognized (e.g. 2026-11-27)</translation>
    </message>
    <message>
        <source>日期 {day} 在未来</source>
        <translation>The date {day} is in the future</translation>
    </message>
    <message>
        <source>总 GMV 小于本店 GMV</source>
        <translation>Total GMV is less than shop GMV</translation>
    </message>
    <message>
        <source>同一列不能对应两个字段</source>
        <translation>One column cannot be matched to two fields</translation>
    </message>
    <message>
        <source>日期为空</source>
        <translation>The date is empty</translation>
    </message>
    <message>
        <source>平台「{value}」无法识别</source>
        <translation>The platform “{value}” is not recognized</translation>
    </message>
    <message>
        <source>{reason}（{rule}）。</source>
        <translation>{reason} ({rule}).</translation>
    </message>
    <message>
        <source>请填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>最多两位小数（精确到分）</source>
        <translation>At most two decimal places (to the fen)</translation>
    </message>
    <message>
        <source>只能填数字，例如 19.90</source>
        <translation>Numbers only, e.g. 19.90</translation>
    </message>
    <message>
        <source>{label}为空</source>
        <translation>{label} is empty</translation>
    </message>
    <message>
        <source>{label}不能为负数</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <source>{label}最多两位小数</source>
        <translation>{label} can have at most two decimal places</translation>
    </message>
    <message>
        <source>{label}「{text}」不是有效金额</source>
        <translation>{label} “{text}” is not a valid amount</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>审核未通过</source>
        <translation>Review failed</translation>
    </message>
    <message>
        <source>封禁</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>审核通过待上架</source>
        <translation>Approved, waiting to go online</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>下线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>{status}·{check}</source>
        <translation>{status} · {check}</translation>
    </message>
    <message>
        <source>售价必须大于 0</source>
        <translation>The sale price must be greater than 0</translation>
    </message>
    <message>
        <source>售价不能超过 1,000,000 元</source>
        <translation>The sale price cannot be over 1,000,000 yuan</translation>
    </message>
    <message>
        <source>原价必须高于售价</source>
        <translation>The original price must be higher than the sale price</translation>
    </message>
    <message>
        <source>原价必须低于售价的 10 倍</source>
        <translation>The original price must be less than 10 times the sale price</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>请填写库存</source>
        <translation>Enter the stock</translation>
    </message>
    <message>
        <source>库存必须是 0 或正整数</source>
        <translation>Stock must be 0 or a positive whole number</translation>
    </message>
    <message>
        <source>请填写重量</source>
        <translation>Enter the weight</translation>
    </message>
    <message>
        <source>重量只能是数字</source>
        <translation>The weight must be a number</translation>
    </message>
    <message>
        <source>重量必须大于 0 且小于 10000</source>
        <translation>The weight must be greater than 0 and less than 10000</translation>
    </message>
    <message>
        <source>{label} 售价：{reason}</source>
        <translation>{label} sale price: {reason}</translation>
    </message>
    <message>
        <source>{label}：{reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{label} 原价：{reason}</source>
        <translation>{label} original price: {reason}</translation>
    </message>
    <message>
        <source>“{name}”应为文字</source>
        <translation>“{name}” must be text</translation>
    </message>
    <message>
        <source>“{name}”请从选项中选择一项</source>
        <translation>Choose one of the options for “{name}”</translation>
    </message>
    <message>
        <source>“{name}”请从选项中选择</source>
        <translation>Choose from the options for “{name}”</translation>
    </message>
    <message>
        <source>“{name}”应为数字</source>
        <translation>“{name}” must be a number</translation>
    </message>
    <message>
        <source>“{name}”应为日期（年-月-日）</source>
        <translation>“{name}” must be a date (year-month-day)</translation>
    </message>
    <message>
        <source>“{name}”为必填属性</source>
        <translation>“{name}” is a required property</translation>
    </message>
    <message>
        <source>标题需 {min}–{max} 个字符单位（汉字算 2，字母数字算 1），现在是 {units}</source>
        <translation>The title needs {min}–{max} character units (a Chinese character counts 2, a letter or digit 1); it has {units}</translation>
    </message>
    <message>
        <source>标题不能换行</source>
        <translation>The title cannot contain line breaks</translation>
    </message>
    <message>
        <source>标题不能包含控制字符（发现 {found}）</source>
        <translation>The title cannot contain control characters (found {found})</translation>
    </message>
    <message>
        <source>标题不能包含表情符号</source>
        <translation>The title cannot contain emoji</translation>
    </message>
    <message>
        <source>推荐语不能包含表情符号</source>
        <translation>The recommendation cannot contain emoji</translation>
    </message>
    <message>
        <source>最多 {n} 个规格</source>
        <translation>At most {n} specifications</translation>
    </message>
    <message>
        <source>SKU 必须与规格值的组合一一对应，请重新生成</source>
        <translation>The SKUs must match the combinations of specification values one to one; generate them again</translation>
    </message>
    <message>
        <source>请选择一个末级类目</source>
        <translation>Choose a leaf category</translation>
    </message>
    <message>
        <source>请选择商品类型</source>
        <translation>Choose a product type</translation>
    </message>
    <message>
        <source>请选择支付方式</source>
        <translation>Choose a payment method</translation>
    </message>
    <message>
        <source>请选择库存计数方式</source>
        <translation>Choose how stock is counted</translation>
    </message>
    <message>
        <source>主图需 1–{max} 张，现在是 {n} 张</source>
        <translation>A product needs 1–{max} main images; it has {n}</translation>
    </message>
    <message>
        <source>· {message}（{rule}）</source>
        <translation>· {message} ({rule})</translation>
    </message>
    <message>
        <source>请填写规格名称</source>
        <translation>Enter the specification name</translation>
    </message>
    <message>
        <source>请至少填写一个规格值</source>
        <translation>Enter at least one specification value</translation>
    </message>
    <message>
        <source>规格值重复：{values}</source>
        <translation>Repeated specification values: {values}</translation>
    </message>
    <message>
        <source>请选择重量单位</source>
        <translation>Choose a weight unit</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>规格名称“{name}”重复</source>
        <translation>The specification name “{name}” appears twice</translation>
    </message>
    <message>
        <source>请输入店铺名称</source>
        <translation>Enter the shop name</translation>
    </message>
    <message>
        <source>店铺名称最多 60 个字</source>
        <translation>A shop name can be at most 60 characters</translation>
    </message>
    <message>
        <source>店铺名称</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>请输入平台店铺 ID</source>
        <translation>Enter the platform shop ID</translation>
    </message>
    <message>
        <source>平台店铺 ID 只能是数字（最多 20 位）</source>
        <translation>The platform shop ID must be digits only (at most 20)</translation>
    </message>
    <message>
        <source>{label}不能包含控制字符（发现 {found}），请删除后再保存</source>
        <translation>{label} cannot contain control characters (found {found}); delete them and save again</translation>
    </message>
    <message>
        <source>{start}…（共 {n:,} 字，SHA-256 {digest}）</source>
        <translation>{start}… ({n:,} characters in all, SHA-256 {digest})</translation>
    </message>
    <message>
        <source>未知的设置项</source>
        <translation>Unknown setting</translation>
    </message>
    <message>
        <source>请输入 {low} 到 {high} 之间的整数</source>
        <translation>Enter a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>{name}（{platform} {code}）</source>
        <translation>{name} ({platform} {code})</translation>
    </message>
    <message>
        <source>账号不存在</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <source>团队服务器上的数据由服务器备份（pg_dump，见团队模式说明），不在本机备份。</source>
        <translation>Data on the team server is backed up by the server (pg_dump, see the team mode guide), not on this computer.</translation>
    </message>
    <message>
        <source>内存中的数据库不能备份。</source>
        <translation>An in-memory database cannot be backed up.</translation>
    </message>
    <message>
        <source>这个备份来自更新版本的小店管家（数据版本 {version}），请先升级程序。</source>
        <translation>This backup comes from a newer version of ShopDesk (data version {version}). Please upgrade the app first.</translation>
    </message>
    <message>
        <source>这个备份是空的，里面没有小店管家的数据。</source>
        <translation>This backup is empty: it holds no ShopDesk data.</translation>
    </message>
    <message>
        <source>这个备份无法使用：数据之间的引用不完整（{detail}）。</source>
        <translation>This backup cannot be used: some records refer to data that is missing ({detail}).</translation>
    </message>
    <message>
        <source>这个备份无法使用：文件已损坏或不是小店管家的数据库（{detail}）。</source>
        <translation>This backup cannot be used: the file is damaged or is not a ShopDesk database ({detail}).</translation>
    </message>
    <message>
        <source>已取消导入，类目没有任何改动。</source>
        <translation>Import cancelled. The categories were not changed.</translation>
    </message>
    <message>
        <source>类目 {category_id} 不存在，请重新选择类目。</source>
        <translation>Category {category_id} does not exist. Please choose the category again.</translation>
    </message>
    <message>
        <source>类目「{name}」已停用或已不在当前类目树中，请重新选择类目。</source>
        <translation>The category “{name}” is disabled or no longer in the current category tree. Please choose the category again.</translation>
    </message>
    <message>
        <source>「{name}」不是叶子类目：只有最末级类目可以发布商品，请继续选择下级。</source>
        <translation>“{name}” is not a leaf category: products can only be published in a lowest-level category. Please choose one below it.</translation>
    </message>
    <message>
        <source>类目文件 {name} 太大（{size:,} 字节，上限 64 MB）。</source>
        <translation>The category file {name} is too large ({size:,} bytes; the limit is 64 MB).</translation>
    </message>
    <message>
        <source>类目树有问题，未导入，现有类目保持不变。
{reason}</source>
        <translation>The category tree has a problem and was not imported; the current categories are unchanged.
{reason}</translation>
    </message>
    <message>
        <source>无法读取类目文件 {name}：{reason}</source>
        <translation>Cannot read the category file {name}: {reason}</translation>
    </message>
    <message>
        <source>类目文件 {name} 不是 UTF-8 编码：第 {line} 行（第 {start} 字节）有无法识别的字符。</source>
        <translation>The category file {name} is not UTF-8 encoded: line {line} (byte {start}) has a character that cannot be read.</translation>
    </message>
    <message>
        <source>类目文件 {name} 有问题，未导入，现有类目保持不变。
{reason}</source>
        <translation>The category file {name} has a problem and was not imported; the current categories are unchanged.
{reason}</translation>
    </message>
    <message>
        <source>导入 {nodes} 个类目（{leaves} 个叶子类目，{attributes} 个属性，{hidden} 个停用）；{retired} 个旧类目因仍有商品使用而保留为停用</source>
        <translation>Imported {nodes} categories ({leaves} leaf categories, {attributes} attributes, {hidden} disabled); {retired} old categories are still used by products and were kept as disabled</translation>
    </message>
    <message>
        <source>{nickname}（{code}）</source>
        <translation>{nickname} ({code})</translation>
    </message>
    <message>
        <source>渠道号绑定不存在</source>
        <translation>The channel account binding does not exist.</translation>
    </message>
    <message>
        <source>绑定日期 {today}</source>
        <translation>Bound on {today}</translation>
    </message>
    <message>
        <source>渠道：{channel}；店铺：{name}；绑定日期 {day}</source>
        <translation>Channel: {channel}; shop: {name}; bound on {day}</translation>
    </message>
    <message>
        <source>渠道：{channel}；店铺：{name}</source>
        <translation>Channel: {channel}; shop: {name}</translation>
    </message>
    <message>
        <source>请输入绑定日期</source>
        <translation>Please enter the binding date.</translation>
    </message>
    <message>
        <source>渠道：{channel}；{detail}</source>
        <translation>Channel: {channel}; {detail}</translation>
    </message>
    <message>
        <source>渠道：{channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <source>数据库中“{table}”的数据或索引已损坏，为避免重复记录，这次没有导入任何数据。请先用 工具 → 检查数据库… 修复（修复前会自动备份）。</source>
        <translation>The data or an index of “{table}” in the database is damaged. To avoid duplicate records, nothing was imported. Please repair it first with Tools → Check Database… (a backup is made before the repair).</translation>
    </message>
    <message>
        <source>数据文件内部不一致：{problem}</source>
        <translation>The data file is inconsistent inside: {problem}</translation>
    </message>
    <message>
        <source>记录之间的关联断了：{problem}</source>
        <translation>A link between records is broken: {problem}</translation>
    </message>
    <message>
        <source>店铺 {shop} 的账号 {account} 在 {day} 有 {n} 条 GMV 记录（应只有 1 条），占比会被重复计算。请在 达人数据 中核对后删除多余的记录。</source>
        <translation>Shop {shop} has {n} GMV records for account {account} on {day} (there should be only 1), so its share would be counted twice. Please check them on the Influencer Data page and delete the extra records.</translation>
    </message>
    <message>
        <source>保护规则的触发器</source>
        <translation>the rule-protecting trigger</translation>
    </message>
    <message>
        <source>索引</source>
        <translation>the index</translation>
    </message>
    <message>
        <source>（例如操作记录只能追加）</source>
        <translation> (e.g. history can only be appended to)</translation>
    </message>
    <message>
        <source>已重建索引</source>
        <translation>Indexes rebuilt</translation>
    </message>
    <message>
        <source>店铺 {shop} 有 {n} 个官方账号记录，规则只允许 1 个</source>
        <translation>Shop {shop} has {n} official account records; the rules allow only 1</translation>
    </message>
    <message>
        <source>店铺 {shop} 有 {n} 个渠道号，规则最多 {limit} 个</source>
        <translation>Shop {shop} has {n} channel accounts; the rules allow at most {limit}</translation>
    </message>
    <message>
        <source>账号 {account} 同时是 {n} 个店铺的自营账号，规则只允许 1 个</source>
        <translation>Account {account} is a self-operated account of {n} shops at once; the rules allow only 1</translation>
    </message>
    <message>
        <source>表 {table} 缺少{what} {name}{guard}，可以安全地重新创建。</source>
        <translation>Table {table} is missing {what} {name}{guard}; it can safely be recreated.</translation>
    </message>
    <message>
        <source>商品引用的图片 {sha}… 没有登记信息。</source>
        <translation>The image {sha}… used by a product has no record.</translation>
    </message>
    <message>
        <source>图片文件 {name} 的内容与记录的指纹不符（文件可能被改动或损坏）。</source>
        <translation>The content of the image file {name} does not match its recorded fingerprint (the file may have been changed or damaged).</translation>
    </message>
    <message>
        <source>图片文件 {name} 不见了，引用它的商品缺图。可从备份或原图重新添加。</source>
        <translation>The image file {name} is missing, so the products using it lack an image. Add it again from a backup or the original picture.</translation>
    </message>
    <message>
        <source>已重新创建 {name}</source>
        <translation>Recreated {name}</translation>
    </message>
    <message>
        <source>已作废（记录有误）</source>
        <translation>Voided (recorded by mistake)</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}；原因：{reason}</source>
        <translation>{field}: {old} → {new}; reason: {reason}</translation>
    </message>
    <message>
        <source>新昵称与原来的相同，没有需要更正的内容</source>
        <translation>The new nickname is the same as before: there is nothing to correct.</translation>
    </message>
    <message>
        <source>账号 ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>新账号 ID 与原来的相同，没有需要更正的内容</source>
        <translation>The new account ID is the same as before: there is nothing to correct.</translation>
    </message>
    <message>
        <source>{day} 本店 {shop} / 总 {total}</source>
        <translation>{day} this shop {shop} / total {total}</translation>
    </message>
    <message>
        <source>绑定记录不存在</source>
        <translation>The binding record does not exist.</translation>
    </message>
    <message>
        <source>GMV 不能为负数</source>
        <translation>GMV cannot be negative.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>账号 ID {code} 已是另一个账号的记录，不能改成它</source>
        <translation>Account ID {code} already belongs to another account record; it cannot be changed to it.</translation>
    </message>
    <message>
        <source>GMV 记录不存在</source>
        <translation>The GMV record does not exist.</translation>
    </message>
    <message>
        <source>新数字与原来的相同，没有需要更正的内容</source>
        <translation>The new figures are the same as before: there is nothing to correct.</translation>
    </message>
    <message>
        <source>记录有误，平台上并未发生；只作废本软件中的记录。原因：{reason}</source>
        <translation>Recorded by mistake, it never happened on the platform; only the record in this app is voided. Reason: {reason}</translation>
    </message>
    <message>
        <source>绑定日期</source>
        <translation>Binding date</translation>
    </message>
    <message>
        <source>本店 GMV 不能为负数</source>
        <translation>This shop&apos;s GMV cannot be negative.</translation>
    </message>
    <message>
        <source>总 GMV 不能为负数</source>
        <translation>Total GMV cannot be negative.</translation>
    </message>
    <message>
        <source>{day} 本店 {shop} 元 / 总 {total} 元</source>
        <translation>{day} this shop ¥{shop} / total ¥{total}</translation>
    </message>
    <message>
        <source>示例达人 GMV {count} 条</source>
        <translation>{count} sample influencer GMV records</translation>
    </message>
    <message>
        <source>无法读取这一行</source>
        <translation>This row cannot be read</translation>
    </message>
    <message>
        <source>只支持 CSV 和 XLSX 文件（.xls 请先在表格软件中另存为 .xlsx）</source>
        <translation>Only CSV and XLSX files are supported (save an .xls file as .xlsx in your spreadsheet app first).</translation>
    </message>
    <message>
        <source>无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV</source>
        <translation>The file&apos;s encoding is not recognised: please save it as a UTF-8 or GBK CSV.</translation>
    </message>
    <message>
        <source>导入已取消，数据没有改动。</source>
        <translation>Import cancelled. No data was changed.</translation>
    </message>
    <message>
        <source>文件中有 {bad:,} 行有错误，没有导入任何数据。</source>
        <translation>{bad:,} rows in the file have errors. Nothing was imported.</translation>
    </message>
    <message>
        <source>找不到文件：{name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <source>文件是空的：没有表头行</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>列映射超出了文件的列数</source>
        <translation>The column mapping goes beyond the file&apos;s columns</translation>
    </message>
    <message>
        <source>与第 {first} 行的账号和日期重复</source>
        <translation>Same account and date as row {first}</translation>
    </message>
    <message>
        <source>店铺不存在</source>
        <translation>The shop does not exist.</translation>
    </message>
    <message>
        <source>新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条，跳过错误行 {skipped} 条，新建账号 {accounts_created} 个</source>
        <translation>{inserted} added, {updated} updated, {unchanged} unchanged, {skipped} rows with errors skipped, {accounts_created} accounts created</translation>
    </message>
    <message>
        <source>{name}：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>图片 {sha}… 不存在。</source>
        <translation>The image {sha}… does not exist.</translation>
    </message>
    <message>
        <source>图片文件 {name} 丢失。</source>
        <translation>The image file {name} is missing.</translation>
    </message>
    <message>
        <source>本地数据库的表之间有循环引用，无法迁移。</source>
        <translation>The tables of the local database refer to each other in a loop; they cannot be moved.</translation>
    </message>
    <message>
        <source>表 {table} 复制后核对不一致（本地 {local} 行，服务器 {remote} 行），服务器上没有写入任何数据。</source>
        <translation>Table {table} did not match after copying ({local} rows here, {remote} rows on the server). Nothing was written to the server.</translation>
    </message>
    <message>
        <source>图片 {name} 复制到共享文件夹后内容不一致。</source>
        <translation>The image {name} did not match after it was copied to the shared folder.</translation>
    </message>
    <message>
        <source>官方账号绑定不存在</source>
        <translation>The official account binding does not exist.</translation>
    </message>
    <message>
        <source>账号已扫码并接受绑定</source>
        <translation>The account scanned the code and accepted the binding</translation>
    </message>
    <message>
        <source>永久绑定；审核费 {fee} 元（企业认证免除）</source>
        <translation>Permanent binding; review fee ¥{fee} (waived for verified businesses)</translation>
    </message>
    <message>
        <source>永久绑定；审核费 {fee} 元</source>
        <translation>Permanent binding; review fee ¥{fee}</translation>
    </message>
    <message>
        <source>取消方只能是商家或账号方</source>
        <translation>Only the merchant or the account can cancel.</translation>
    </message>
    <message>
        <source>由{side}取消（原状态：{state}）</source>
        <translation>Cancelled by {side} (was: {state})</translation>
    </message>
    <message>
        <source>由{side}取消</source>
        <translation>Cancelled by {side}</translation>
    </message>
    <message>
        <source>店铺：{name}</source>
        <translation>Shop: {name}</translation>
    </message>
    <message>
        <source>字段 parent_id：第 {level} 级类目必须有上级类目</source>
        <translation>field parent_id: a level {level} category must have a parent category</translation>
    </message>
    <message>
        <source>字段 parent_id：上级类目 {parent} 不在文件中</source>
        <translation>field parent_id: the parent category {parent} is not in the file</translation>
    </message>
    <message>
        <source>字段 level：应比上级类目（id={parent}，第 {level} 级）低一级</source>
        <translation>field level: must be one level below its parent category (id={parent}, level {level})</translation>
    </message>
    <message>
        <source>字段 parent_id：上级类目 {parent} 是叶子类目，不能有下级</source>
        <translation>field parent_id: the parent category {parent} is a leaf category and cannot have children</translation>
    </message>
    <message>
        <source>字段 parent_id：一级类目的 parent_id 应为 0</source>
        <translation>field parent_id: a first-level category&apos;s parent_id must be 0</translation>
    </message>
    <message>
        <source>{where}，{problem}</source>
        <translation>{where}, {problem}</translation>
    </message>
    <message>
        <source>商品 #{pid}</source>
        <translation>Product #{pid}</translation>
    </message>
    <message>
        <source>【{shop}】渠道号「{label}」可解绑</source>
        <translation>[{shop}] Channel account “{label}” can be unbound</translation>
    </message>
    <message>
        <source>【{shop}】跟进审核：{name}</source>
        <translation>[{shop}] Follow up the review: {name}</translation>
    </message>
    <message>
        <source>{since} 提交审核，超过 {review_days} 天仍待审核时请到平台查看审核结果。</source>
        <translation>Submitted for review on {since}. If it is still pending after {review_days} days, check the review result on the platform.</translation>
    </message>
    <message>
        <source>无法写入日历文件：{reason}</source>
        <translation>Cannot write the calendar file: {reason}</translation>
    </message>
    <message>
        <source>绑定日期 {bound_on}，满180天（{when}）起可以解除绑定</source>
        <translation>Bound on {bound_on}; it can be unbound from {when}, after 180 days</translation>
    </message>
    <message>
        <source>待办事项不存在</source>
        <translation>The to-do item does not exist.</translation>
    </message>
    <message>
        <source>只能推迟 {days} 天</source>
        <translation>It can only be put off by {days} days.</translation>
    </message>
    <message>
        <source>抖店列出 {n} 个账号；{conflicts} 处与本地不一致</source>
        <translation>Douyin shop lists {n} accounts; {conflicts} differ from the local records</translation>
    </message>
    <message>
        <source>请输入绑定日期（抖店不提供绑定日期）</source>
        <translation>Enter the binding date (Douyin shop does not provide it)</translation>
    </message>
    <message>
        <source>抖店没有列出这个账号：请先拉取绑定账号</source>
        <translation>Douyin shop does not list this account: pull the bound accounts first</translation>
    </message>
    <message>
        <source>普通达人不是绑定账号，不能导入为官方账号或渠道号</source>
        <translation>An ordinary influencer is not a bound account and cannot be imported as an official or channel account</translation>
    </message>
    <message>
        <source>抖店绑定账号</source>
        <translation>Douyin shop bound accounts</translation>
    </message>
    <message>
        <source>抖店列出 {n} 个账号（{changed} 处变化）</source>
        <translation>Douyin shop lists {n} accounts ({changed} changed)</translation>
    </message>
    <message>
        <source>按抖店记录为官方账号；绑定日期 {date}</source>
        <translation>Recorded as the official account as Douyin shop lists it; binding date {date}</translation>
    </message>
    <message>
        <source>{rows} 行（{orders} 笔订单）；{applied} 行更新了本店 GMV，{missing} 行缺少导入的总 GMV</source>
        <translation>{rows} rows ({orders} orders); {applied} rows updated the shop GMV, {missing} rows lack an imported total GMV</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>抖店联盟订单</source>
        <translation>Douyin shop affiliate orders</translation>
    </message>
    <message>
        <source>{start} 至 {end}：{rows} 行每日 GMV，{applied} 行更新了导入记录的本店 GMV，{missing} 行缺少总 GMV，{over} 行超过总 GMV 未采用</source>
        <translation>{start} to {end}: {rows} rows of daily GMV; {applied} rows updated the shop GMV of imported records, {missing} rows lack a total GMV, {over} rows over the total GMV were not used</translation>
    </message>
    <message>
        <source>类目 {n} 个（叶子 {leaves} 个）</source>
        <translation>{n} categories ({leaves} leaves)</translation>
    </message>
    <message>
        <source>类目没有变化（{n} 个）</source>
        <translation>Categories unchanged ({n})</translation>
    </message>
    <message>
        <source>抖店：{shop}</source>
        <translation>Douyin shop: {shop}</translation>
    </message>
    <message>
        <source>抖店返回的类目超过 {n} 个，已停止。</source>
        <translation>Douyin shop returned more than {n} categories; stopped.</translation>
    </message>
    <message>
        <source>抖店返回的类目树有问题，未导入，现有类目保持不变。
{reason}</source>
        <translation>The category tree from Douyin shop has a problem and was not imported; the current categories are unchanged.
{reason}</translation>
    </message>
    <message>
        <source>抖店返回的类目属性有问题：{reason}</source>
        <translation>The category properties from Douyin shop have a problem: {reason}</translation>
    </message>
    <message>
        <source>类目 {id}</source>
        <translation>Category {id}</translation>
    </message>
    <message>
        <source>{n} 个类目属性</source>
        <translation>{n} category properties</translation>
    </message>
    <message>
        <source>连接成功：{shop}（{id}）</source>
        <translation>Connected: {shop} ({id})</translation>
    </message>
    <message>
        <source>App Key 应为数字（在抖店开放平台「应用管理」里查看）</source>
        <translation>The App Key must be a number (see App management on the Douyin Open Platform)</translation>
    </message>
    <message>
        <source>店铺 ID 应为数字（抖店后台右上角店铺信息里的店铺 ID）</source>
        <translation>The shop ID must be a number (the shop ID in the shop info at the top right of the Douyin shop backend)</translation>
    </message>
    <message>
        <source>网关地址应以 https:// 开头</source>
        <translation>The gateway address must start with https://</translation>
    </message>
    <message>
        <source>这个店铺还没有平台连接</source>
        <translation>This shop has no platform connection yet</translation>
    </message>
    <message>
        <source>这个店铺还没有连接抖店开放平台：请先在「平台连接」里填写 App Key、App Secret 和店铺 ID。</source>
        <translation>This shop is not connected to the Douyin Open Platform yet: enter the App Key, App Secret and shop ID under Platform connection first.</translation>
    </message>
    <message>
        <source>请填写 App Secret</source>
        <translation>Enter the App Secret</translation>
    </message>
    <message>
        <source>App Key {key}；抖店店铺 ID {shop}</source>
        <translation>App Key {key}; Douyin shop ID {shop}</translation>
    </message>
    <message>
        <source>商品 {n} 个：新增 {created}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}；建立本地商品 {local} 个</source>
        <translation>{n} products: {created} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts; {local} local products created</translation>
    </message>
    <message>
        <source>{summary}，未建立 {n} 个（{reasons}）</source>
        <translation>{summary}, {n} not created ({reasons})</translation>
    </message>
    <message>
        <source>本地修改过，抖店也有变化（{state}）：等待选择保留哪一边</source>
        <translation>Changed locally and on Douyin shop ({state}): waiting for a choice of which side to keep</translation>
    </message>
    <message>
        <source>标题改为「{title}」</source>
        <translation>Title changed to “{title}”</translation>
    </message>
    <message>
        <source>商品不存在或已删除</source>
        <translation>The product does not exist or was deleted</translation>
    </message>
    <message>
        <source>本店没有抖店商品 {id}：请先拉取商品。</source>
        <translation>This shop has no Douyin shop product {id}: pull the products first.</translation>
    </message>
    <message>
        <source>请选择保留本地还是采用抖店</source>
        <translation>Choose whether to keep the local version or take Douyin shop&apos;s</translation>
    </message>
    <message>
        <source>本地为「{state}」，按商品状态规则无法变为「{target}」</source>
        <translation>Locally “{state}”; the product state rules do not allow changing it to “{target}”</translation>
    </message>
    <message>
        <source>状态 {state} → {target}</source>
        <translation>State {state} → {target}</translation>
    </message>
    <message>
        <source>已取消导出，没有生成文件。</source>
        <translation>Export cancelled. No file was made.</translation>
    </message>
    <message>
        <source>请选择 .xlsx 或 .csv 文件</source>
        <translation>Please choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>请先选择要导出的商品</source>
        <translation>Please select the products to export first.</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>；改动：{fields}</source>
        <translation>; changed: {fields}</translation>
    </message>
    <message>
        <source>；内容没有改动</source>
        <translation>; content unchanged</translation>
    </message>
    <message>
        <source>标题「{old}」→「{new}」</source>
        <translation>title “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>保存草稿，{count} 处待修改</source>
        <translation>Draft saved, {count} issues to fix</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>上架</source>
        <translation>Put on sale</translation>
    </message>
    <message>
        <source>删除{state}的商品</source>
        <translation>Deleted a product in state {state}</translation>
    </message>
    <message>
        <source>主图最多 {n} 张</source>
        <translation>At most {n} main images.</translation>
    </message>
    <message>
        <source>缺少商品内容</source>
        <translation>The product content is missing.</translation>
    </message>
    <message>
        <source>请选择审核结果</source>
        <translation>Please choose the review result.</translation>
    </message>
    <message>
        <source>审核未通过时请至少填写一条原因</source>
        <translation>When the review failed, please give at least one reason.</translation>
    </message>
    <message>
        <source>{outcome}：{reasons}</source>
        <translation>{outcome}: {reasons}</translation>
    </message>
    <message>
        <source>由商品 #{id} 复制为草稿</source>
        <translation>Copied as a draft from product #{id}</translation>
    </message>
    <message>
        <source>保存失败：数据不符合规则（{reason}）</source>
        <translation>Not saved: the data breaks a rule ({reason}).</translation>
    </message>
    <message>
        <source>修改后重新提交审核</source>
        <translation>Changed and resubmitted for review</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>提交失败：数据不符合规则（{reason}）</source>
        <translation>Not submitted: the data breaks a rule ({reason}).</translation>
    </message>
    <message>
        <source>{field}：{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>查找内容太长（{count} 字），最多 {limit} 字</source>
        <translation>The search text is too long ({count} characters); at most {limit}.</translation>
    </message>
    <message>
        <source>查找内容不能包含控制字符</source>
        <translation>The search text cannot contain control characters.</translation>
    </message>
    <message>
        <source>批量标记为自营，等待达人授权</source>
        <translation>Marked as self-operated in bulk, awaiting the influencer&apos;s authorisation</translation>
    </message>
    <message>
        <source>商家标记为自营，等待达人授权</source>
        <translation>Marked as self-operated by the merchant, awaiting the influencer&apos;s authorisation</translation>
    </message>
    <message>
        <source>平台自动配置为自营账号</source>
        <translation>Configured as a self-operated account by the platform</translation>
    </message>
    <message>
        <source>自营标记不存在</source>
        <translation>The self-operated mark does not exist.</translation>
    </message>
    <message>
        <source>达人拒绝授权，恢复为带货账号</source>
        <translation>The influencer declined; back to a selling account</translation>
    </message>
    <message>
        <source>标记为带货</source>
        <translation>Marked as selling</translation>
    </message>
    <message>
        <source>批量标记已取消，没有账号被标记。</source>
        <translation>Batch marking cancelled. No account was marked.</translation>
    </message>
    <message>
        <source>一键提议全部符合条件的账号为自营</source>
        <translation>Proposed every eligible account as self-operated in one go</translation>
    </message>
    <message>
        <source>达人同意授权，成为自营账号</source>
        <translation>The influencer agreed and became a self-operated account</translation>
    </message>
    <message>
        <source>批量标记</source>
        <translation>Bulk marking</translation>
    </message>
    <message>
        <source>已取消读取文件，数据没有改动。</source>
        <translation>Reading the file was cancelled. No data was changed.</translation>
    </message>
    <message>
        <source>文件太大（{size:,.0f} MB），上限 {limit} MB</source>
        <translation>The file is too large ({size:,.0f} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>第 {number} 行长度超过 {limit} MB，不像是数据表，未读取</source>
        <translation>Line {number} is longer than {limit} MB: this does not look like a data sheet, and it was not read</translation>
    </message>
    <message>
        <source>第 {number} 行有 {width:,} 列，超过上限 {max_columns} 列，未读取</source>
        <translation>Row {number} has {width:,} columns, over the limit of {max_columns}; the file was not read.</translation>
    </message>
    <message>
        <source>文件超过 {max_rows:,} 行数据，超过上限，未读取</source>
        <translation>The file has more than {max_rows:,} data rows, over the limit; it was not read.</translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation>Cannot read the file: {reason}</translation>
    </message>
    <message>
        <source>第 {line_num} 行无法读取（{reason}），请检查文件格式</source>
        <translation>Line {line_num} cannot be read ({reason}). Please check the file&apos;s format.</translation>
    </message>
    <message>
        <source>修改店铺信息</source>
        <translation>Shop details changed</translation>
    </message>
    <message>
        <source>已有店铺使用这个平台店铺 ID</source>
        <translation>Another shop already uses this platform shop ID.</translation>
    </message>
    <message>
        <source>平台店铺 ID {platform_shop_id}</source>
        <translation>Platform shop ID {platform_shop_id}</translation>
    </message>
    <message>
        <source>请填写服务器地址</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <source>端口必须是 1–65535 的数字</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>请填写数据库名</source>
        <translation>Please enter the database name.</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <source>不支持的 SSL 模式</source>
        <translation>Unsupported SSL mode.</translation>
    </message>
    <message>
        <source>没有安装钥匙串支持（keyring），无法保存密码。</source>
        <translation>Keychain support (keyring) is not installed, so the password cannot be saved.</translation>
    </message>
    <message>
        <source>系统钥匙串不可用，密码没有保存（小店管家不会把密码写进普通文件）。
{reason}</source>
        <translation>The system keychain is not available, so the password was not saved (ShopDesk never writes a password into a plain file).
{reason}</translation>
    </message>
    <message>
        <source>无法导入这个文件：{reason}</source>
        <translation>Cannot import this file: {reason}</translation>
    </message>
    <message>
        <source>它不是小店管家导出的数据文件。</source>
        <translation>it is not a data file exported by ShopDesk.</translation>
    </message>
    <message>
        <source>它来自更新版本的小店管家，请先升级程序。</source>
        <translation>it comes from a newer version of ShopDesk. Please upgrade the app first.</translation>
    </message>
    <message>
        <source>它来自更新版本的小店管家（数据版本 {schema}，本程序支持到 {latest_version}），请先升级程序。</source>
        <translation>it comes from a newer version of ShopDesk (data version {schema}; this app supports up to {latest_version}). Please upgrade the app first.</translation>
    </message>
    <message>
        <source>文件内容与清单不符（缺少或多出了部分内容）。</source>
        <translation>the content does not match its manifest (parts are missing or extra).</translation>
    </message>
    <message>
        <source>文件里有不该有的内容。</source>
        <translation>the file holds content it should not.</translation>
    </message>
    <message>
        <source>图片 {sha}… 的文件不见了，无法导出。请先用 工具 → 检查数据库… 查看。</source>
        <translation>The file of image {sha}… is missing, so nothing can be exported. Please look first with Tools → Check Database….</translation>
    </message>
    <message>
        <source>它不是小店管家导出的数据文件（缺少清单）。</source>
        <translation>it is not a data file exported by ShopDesk (the manifest is missing).</translation>
    </message>
    <message>
        <source>文件已损坏或不是导出文件。</source>
        <translation>the file is damaged or is not an export file.</translation>
    </message>
    <message>
        <source>其中的数据库已损坏或不完整，没有通过完整性检查。没有导入任何数据。</source>
        <translation>the database inside it is damaged or incomplete and did not pass the integrity check. Nothing was imported.</translation>
    </message>
    <message>
        <source>“{name}”的校验值不符，文件在传输中被改动或损坏了。没有导入任何数据。</source>
        <translation>The checksum of “{name}” does not match: the file was changed or damaged on the way. Nothing was imported.</translation>
    </message>
    <message>
        <source>XLSX 文件声明了 {declared:,} 个共享字符串，超过上限 {max_shared_strings:,}，未读取</source>
        <translation>The XLSX file declares {declared:,} shared strings, over the limit of {max_shared_strings:,}; it was not read.</translation>
    </message>
    <message>
        <source>XLSX 文件的共享字符串超过 {max_shared_strings:,} 个，超过上限，未读取</source>
        <translation>The XLSX file has more than {max_shared_strings:,} shared strings, over the limit; it was not read.</translation>
    </message>
    <message>
        <source>工作表超过 {max_rows:,} 行，超过上限，未读取</source>
        <translation>The worksheet has more than {max_rows:,} rows, over the limit; it was not read.</translation>
    </message>
    <message>
        <source>工作表第 {row_number} 行有数据在第 {col:,} 列，超过上限 {max_columns} 列，未读取</source>
        <translation>Row {row_number} of the worksheet has data in column {col:,}, over the limit of {max_columns} columns; it was not read.</translation>
    </message>
    <message>
        <source>XLSX 文件中有单元格文字超过 {max_cell_chars:,} 个字符，未读取</source>
        <translation>A cell in the XLSX file has more than {max_cell_chars:,} characters; it was not read.</translation>
    </message>
    <message>
        <source>XLSX 文件的共享字符串共超过 {max_shared_chars:,} 个字符，超过上限，未读取</source>
        <translation>The XLSX file&apos;s shared strings hold more than {max_shared_chars:,} characters in all, over the limit; it was not read.</translation>
    </message>
    <message>
        <source>工作表第 {row_number} 行有单元格超过 {max_cell_chars:,} 个字符，未读取</source>
        <translation>Row {row_number} of the worksheet has a cell with more than {max_cell_chars:,} characters; it was not read.</translation>
    </message>
    <message>
        <source>工作表第 {row_number} 行引用了不存在的共享字符串，文件可能已损坏</source>
        <translation>Row {row_number} of the worksheet refers to a shared string that does not exist; the file may be damaged.</translation>
    </message>
    <message>
        <source>XLSX 文件的 {name} 部分含有不允许的内容（XML 的 DTD 或实体声明），可能是恶意构造的文件，未读取</source>
        <translation>The {name} part of the XLSX file holds content that is not allowed (an XML DTD or entity declaration); the file may be crafted to cause harm. It was not read.</translation>
    </message>
    <message>
        <source>XLSX 文件里没有工作表</source>
        <translation>The XLSX file has no worksheet.</translation>
    </message>
    <message>
        <source>XLSX 文件解压后有 {total:,.0f} MB，超过上限 {max_uncompressed} MB，可能是恶意构造的文件，未读取</source>
        <translation>Unpacked, the XLSX file is {total:,.0f} MB, over the limit of {max_uncompressed} MB; it may be a malicious file and was not read.</translation>
    </message>
    <message>
        <source>XLSX 文件的 {name} 部分过大，未读取</source>
        <translation>The {name} part of the XLSX file is too large; it was not read.</translation>
    </message>
    <message>
        <source>工作表声明的范围（到 {cell}）超过上限 {max_rows:,} 行、{max_columns} 列，未读取</source>
        <translation>The worksheet&apos;s declared range (up to {cell}) is over the limit of {max_rows:,} rows and {max_columns} columns; it was not read.</translation>
    </message>
    <message>
        <source>工作表有 {rows:,} 行，超过上限 {max_rows:,} 行，未读取</source>
        <translation>The worksheet has {rows:,} rows, over the limit of {max_rows:,}; it was not read.</translation>
    </message>
    <message>
        <source>无法读取该 XLSX 文件：文件已损坏或不是 Excel 文件</source>
        <translation>Cannot read this XLSX file: it is damaged or not an Excel file.</translation>
    </message>
    <message>
        <source>XLSX 文件的 {name} 部分已损坏或含有不允许的内容，未读取</source>
        <translation>The {name} part of the XLSX file is damaged or holds content that is not allowed; it was not read.</translation>
    </message>
    <message>
        <source>“{name}”已损坏，无法读取，文件在传输中被改动或损坏了。没有导入任何数据。</source>
        <translation>“{name}” is damaged and cannot be read: the file was changed or damaged on its way here. Nothing was imported.</translation>
    </message>
    <message>
        <source>{table} 第 {row} 行引用了不存在的 {parent}</source>
        <translation>Row {row} of {table} refers to a {parent} that does not exist</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>抖店：{state}</source>
        <translation>Douyin shop: {state}</translation>
    </message>
    <message>
        <source>抖店商品 {id} 已关联到本地商品 #{local}。</source>
        <translation>Douyin shop product {id} is already linked to local product #{local}.</translation>
    </message>
    <message>
        <source>关联抖店商品 {id}（{name}）</source>
        <translation>Linked Douyin shop product {id} ({name})</translation>
    </message>
    <message>
        <source>冲突已处理或不存在</source>
        <translation>The conflict was already resolved or does not exist</translation>
    </message>
    <message>
        <source>抖店商品</source>
        <translation>Douyin shop products</translation>
    </message>
    <message>
        <source>新增 {created} 个，更新 {updated} 个（共 {n} 个）</source>
        <translation>{created} new, {updated} updated ({n} in all)</translation>
    </message>
    <message>
        <source>商品 #{id}</source>
        <translation>Product #{id}</translation>
    </message>
    <message>
        <source>图片上传路径无法从公开资料确认：material.uploadImageSync 只接受公网可访问的 url 或另行上传得到的 file_uri，且无法确认 pic 是否接受素材中心以外的地址。因此「提交到抖店」只做预演，不会发送。</source>
        <translation>The image upload path could not be confirmed from public documentation: material.uploadImageSync accepts only a publicly reachable url or a file_uri from a separate upload, and it is unclear whether pic accepts addresses outside the material center. So Submit to Douyin shop only does a dry run and sends nothing.</translation>
    </message>
    <message>
        <source>mobile（客服电话）本地不保存，发送前需填写；freight_id=0 表示包邮，需按店铺的运费模板调整。</source>
        <translation>mobile (the customer service phone) is not kept locally and must be filled in before sending; freight_id=0 means free shipping, adjust it to the shop&apos;s freight template.</translation>
    </message>
    <message>
        <source>{method} 商品 #{id}：仅预演，未发送（图片上传路径未确认）</source>
        <translation>{method} product #{id}: dry run only, nothing sent (the image upload path is not confirmed)</translation>
    </message>
    <message>
        <source>{state}；价格 {price} 元，库存 {stock}，SKU {skus} 个；{pics}</source>
        <translation>{state}; price {price} yuan, stock {stock}, {skus} SKUs; {pics}</translation>
    </message>
    <message>
        <source>价格、库存、规格按抖店更新（{figures}）</source>
        <translation>Price, stock and specifications updated from Douyin shop ({figures})</translation>
    </message>
    <message>
        <source>抖店已删除</source>
        <translation>deleted on Douyin shop</translation>
    </message>
    <message>
        <source>类目不在本地类目树，请先拉取类目</source>
        <translation>category not in the local category tree; pull the categories first</translation>
    </message>
    <message>
        <source>没有价格</source>
        <translation>no price</translation>
    </message>
    <message>
        <source>没有主图</source>
        <translation>no main image</translation>
    </message>
    <message>
        <source>图片 {n} 张留在抖店（本地只存链接）</source>
        <translation>{n} images stay on Douyin shop (only their links are kept locally)</translation>
    </message>
    <message>
        <source>没有图片</source>
        <translation>no images</translation>
    </message>
    <message>
        <source>从抖店商品 {id} 建立：{figures}</source>
        <translation>Created from Douyin shop product {id}: {figures}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>关于小店管家</source>
        <translation>About ShopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;小店管家 ShopDesk {version}&lt;/h3&gt;&lt;p&gt;抖店账号与商品的本地管理工具：所有数据只保存在这台电脑上。&lt;/p&gt;&lt;p&gt;数据文件夹：&lt;br&gt;&lt;code&gt;{data_dir}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;数据库文件：&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopDesk 小店管家 {version}&lt;/h3&gt;&lt;p&gt;Local manager for Douyin shop accounts and products: all data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{data_dir}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Database file:&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>抖店开放平台</source>
        <translation>Douyin shop open platform</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>只有“等待扫码”的绑定可以记录账号已接受</source>
        <translation>Only a binding “waiting for scan” can be recorded as accepted</translation>
    </message>
    <message>
        <source>只有“等待商家确认”的绑定可以确认</source>
        <translation>Only a binding “waiting for merchant confirmation” can be confirmed</translation>
    </message>
    <message>
        <source>没有正在进行的官方账号绑定可以取消</source>
        <translation>There is no official account binding in progress to cancel</translation>
    </message>
    <message>
        <source>官方账号不支持解绑：绑定完成后永久有效</source>
        <translation>An official account cannot be unbound: once bound it is permanent</translation>
    </message>
    <message>
        <source>只有“绑定中”的渠道号可以记录绑定完成</source>
        <translation>Only a channel account “being bound” can be recorded as bound</translation>
    </message>
    <message>
        <source>只有“绑定中”的渠道号可以取消；已绑定的请使用解除绑定</source>
        <translation>Only a channel account “being bound” can be cancelled; use Unbind for a bound one</translation>
    </message>
    <message>
        <source>本店已绑定官方账号，官方账号不可更换</source>
        <translation>This shop already has an official account, and it cannot be replaced</translation>
    </message>
    <message>
        <source>已有一个官方账号绑定正在进行（{state}），请先完成或取消</source>
        <translation>An official account binding is already in progress ({state}); finish or cancel it first</translation>
    </message>
    <message>
        <source>只有抖音账号可以作为店铺官方账号</source>
        <translation>Only a Douyin account can be a shop&apos;s official account</translation>
    </message>
    <message>
        <source>该账号已是店铺「{shop}」的官方账号（或正在绑定），一个账号只能做一个店铺的官方账号</source>
        <translation>This account is already the official account of “{shop}” (or being bound); an account can be the official account of one shop only</translation>
    </message>
    <message>
        <source>账号还没有扫码并接受绑定，暂时不能确认</source>
        <translation>The account has not scanned and accepted the binding yet, so it cannot be confirmed</translation>
    </message>
    <message>
        <source>官方账号一经绑定不可解绑或更换</source>
        <translation>Once bound, an official account cannot be unbound or replaced</translation>
    </message>
    <message>
        <source>渠道只能是抖音、今日头条/西瓜或火山</source>
        <translation>The channel can only be Douyin, Toutiao/Xigua or Huoshan</translation>
    </message>
    <message>
        <source>该账号的平台与所选渠道（{channel}）不符</source>
        <translation>The account&apos;s platform does not match the chosen channel ({channel})</translation>
    </message>
    <message>
        <source>每个店铺最多 {limit} 个渠道号（绑定中的也计入），已有 {count} 个，请先解绑或取消一个</source>
        <translation>Each shop has at most {limit} channel accounts (those being bound count too); it has {count}. Unbind or cancel one first</translation>
    </message>
    <message>
        <source>该账号已是本店的渠道号（或正在绑定），不能重复绑定</source>
        <translation>This account is already a channel account of this shop (or being bound) and cannot be bound twice</translation>
    </message>
    <message>
        <source>绑定日期不能晚于今天（{today}）</source>
        <translation>The binding date cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>只有已绑定的渠道号可以解除绑定（绑定中的请用“取消绑定”）</source>
        <translation>Only a bound channel account can be unbound (use “Cancel binding” for one being bound)</translation>
    </message>
    <message>
        <source>绑定满180天后可解绑：{date} 起，还需 {days} 天</source>
        <translation>Can be unbound 180 days after binding: from {date}, {days} days to go</translation>
    </message>
    <message>
        <source>该绑定记录已作废，不能再更正</source>
        <translation>This binding record has been voided and can no longer be corrected</translation>
    </message>
    <message>
        <source>只有已绑定（或已解绑的渠道号）记录有绑定日期可以更正</source>
        <translation>Only bound records (or unbound channel accounts) have a binding date that can be corrected</translation>
    </message>
    <message>
        <source>新日期与原来的相同，没有需要更正的内容</source>
        <translation>The new date is the same as the old one; there is nothing to correct</translation>
    </message>
    <message>
        <source>该绑定记录已作废</source>
        <translation>This binding record has been voided</translation>
    </message>
    <message>
        <source>自营标记不能作废：请使用“标记为带货”或记录达人拒绝授权</source>
        <translation>A self-operated marking can&apos;t be voided: use “Mark as promotion” or record that the influencer declined authorization</translation>
    </message>
    <message>
        <source>近30天没有 GMV 数据，不符合自营条件</source>
        <translation>No GMV data in the last 30 days, so not eligible as self-operated</translation>
    </message>
    <message>
        <source>近30天本店商品 GMV 占比 {share}，低于 50%，不符合自营条件</source>
        <translation>This shop&apos;s share of the GMV over the last 30 days is {share}, below 50%, so not eligible as self-operated</translation>
    </message>
    <message>
        <source>还有 {n} 处不符合规则，改好后才能提交审核：
{errors}</source>
        <translation>{n} things do not meet the rules yet; fix them before submitting for review:
{errors}</translation>
    </message>
    <message>
        <source>只有「等待达人授权」的账号才能记录达人的授权结果</source>
        <translation>Only an account “waiting for authorisation” can have the influencer&apos;s answer recorded</translation>
    </message>
    <message>
        <source>该账号已是带货账号</source>
        <translation>This account is already a selling account</translation>
    </message>
    <message>
        <source>当前没有符合条件、尚未标记的达人账号</source>
        <translation>No eligible, unmarked influencer accounts at the moment</translation>
    </message>
    <message>
        <source>已标记为自营，正在等待达人授权</source>
        <translation>Marked as self-operated; waiting for the influencer&apos;s authorisation</translation>
    </message>
    <message>
        <source>该账号已是本店的自营账号</source>
        <translation>This account is already this shop&apos;s self-operated account</translation>
    </message>
    <message>
        <source>该账号已是「{shop}」的自营账号（或正在等待授权），不能再标记给本店</source>
        <translation>This account is already a self-operated account of “{shop}” (or waiting for authorisation) and cannot be marked for this shop</translation>
    </message>
    <message>
        <source>正在等待达人授权；请记录达人的授权结果</source>
        <translation>Waiting for the influencer&apos;s authorisation; record their answer</translation>
    </message>
    <message>
        <source>数据库文件是只读的（文件、文件夹或存储介质不允许写入），现在只能查看，不能修改。</source>
        <translation>The database file is read-only (the file, its folder or the storage medium cannot be written): you can view the data but not change it.</translation>
    </message>
    <message>
        <source>服务器连接已断开，正在重连…连接恢复前只能查看最后载入的数据，修改不会保存也不会排队。</source>
        <translation>The connection to the server was lost; reconnecting… Until it is back you see the data last loaded; changes are neither saved nor queued.</translation>
    </message>
    <message>
        <source>该账号或本店已有官方账号绑定</source>
        <translation>This account or this shop already has an official account binding</translation>
    </message>
    <message>
        <source>有 {n} 处不符合规则，不能提交到抖店：{errors}</source>
        <translation>{n} things break the rules, so it cannot be submitted to the Douyin shop: {errors}</translation>
    </message>
    <message>
        <source>商品状态已变为“{state}”，请刷新后再试</source>
        <translation>The product&apos;s status has changed to “{state}”; refresh and try again</translation>
    </message>
    <message>
        <source>该账号已是其他店铺的自营账号（或正在等待授权），不能再标记给本店</source>
        <translation>This account is already self-operated for another shop (or waiting for authorisation) and cannot be marked for this shop</translation>
    </message>
    <message>
        <source>请先在列表中选择一条绑定记录</source>
        <translation>Select a binding record in the list first</translation>
    </message>
    <message>
        <source>请先选择一个店铺</source>
        <translation>Please choose a shop first</translation>
    </message>
    <message>
        <source>请先在列表中选择一个渠道号</source>
        <translation>Choose a channel account in the list first</translation>
    </message>
    <message>
        <source>请先在表格中选择一个达人账号</source>
        <translation>Choose an influencer account in the table first</translation>
    </message>
    <message>
        <source>选中了多个账号：请用「批量标记为自营」</source>
        <translation>Several accounts are selected: use “Mark as self-operated in bulk”</translation>
    </message>
    <message>
        <source>请先选择店铺</source>
        <translation>Choose a shop first</translation>
    </message>
    <message>
        <source>请先选择要标记的达人账号（可多选）</source>
        <translation>Choose the influencer accounts to mark first (several allowed)</translation>
    </message>
    <message>
        <source>在「达人数据」页录入或导入 GMV</source>
        <translation>Enter or import GMV on the “Influencer data” page</translation>
    </message>
    <message>
        <source>请先在表格中选择一条记录</source>
        <translation>Choose a record in the table first</translation>
    </message>
    <message>
        <source>请先在表格中选择一个商品</source>
        <translation>Choose a product in the table first</translation>
    </message>
    <message>
        <source>一次只能对一个商品执行此操作</source>
        <translation>This works on one product at a time</translation>
    </message>
    <message>
        <source>请先新建或选择一个店铺</source>
        <translation>Create or choose a shop first</translation>
    </message>
    <message>
        <source>请先选择要导出的商品</source>
        <translation>Choose the products to export first</translation>
    </message>
    <message>
        <source>{text}（{rule}）</source>
        <translation>{text} ({rule})</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>今日头条</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <source>西瓜视频</source>
        <translation>Xigua Video</translation>
    </message>
    <message>
        <source>火山</source>
        <translation>Huoshan</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>等待扫码</source>
        <translation>Waiting for scan</translation>
    </message>
    <message>
        <source>等待商家确认</source>
        <translation>Waiting for merchant confirmation</translation>
    </message>
    <message>
        <source>已绑定</source>
        <translation>Bound</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>商家</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>账号方</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>今日头条/西瓜</source>
        <translation>Toutiao/Xigua</translation>
    </message>
    <message>
        <source>绑定中</source>
        <translation>Being bound</translation>
    </message>
    <message>
        <source>已解绑</source>
        <translation>Unbound</translation>
    </message>
    <message>
        <source>本应用绑定</source>
        <translation>Bound in this app</translation>
    </message>
    <message>
        <source>登记已有绑定</source>
        <translation>Registered existing binding</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>达人账号 ID</source>
        <translation>Influencer account ID</translation>
    </message>
    <message>
        <source>达人昵称</source>
        <translation>Influencer nickname</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>本店 GMV</source>
        <translation>Shop GMV</translation>
    </message>
    <message>
        <source>总 GMV</source>
        <translation>Total GMV</translation>
    </message>
    <message>
        <source>^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$</source>
        <translation>^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$</translation>
    </message>
    <message>
        <source>达人抖音号</source>
        <translation>达人抖音号</translation>
    </message>
    <message>
        <source>抖音号</source>
        <translation>抖音号</translation>
    </message>
    <message>
        <source>达人账号id</source>
        <translation>达人账号id</translation>
    </message>
    <message>
        <source>达人账号</source>
        <translation>达人账号</translation>
    </message>
    <message>
        <source>账号id</source>
        <translation>账号id</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>达人id</source>
        <translation>达人id</translation>
    </message>
    <message>
        <source>作者抖音号</source>
        <translation>作者抖音号</translation>
    </message>
    <message>
        <source>作者id</source>
        <translation>作者id</translation>
    </message>
    <message>
        <source>达人uid</source>
        <translation>达人uid</translation>
    </message>
    <message>
        <source>抖音id</source>
        <translation>抖音id</translation>
    </message>
    <message>
        <source>达人抖音id</source>
        <translation>达人抖音id</translation>
    </message>
    <message>
        <source>达人名称</source>
        <translation>达人名称</translation>
    </message>
    <message>
        <source>达人名字</source>
        <translation>达人名字</translation>
    </message>
    <message>
        <source>作者昵称</source>
        <translation>作者昵称</translation>
    </message>
    <message>
        <source>作者名称</source>
        <translation>作者名称</translation>
    </message>
    <message>
        <source>达人</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>账号平台</source>
        <translation>账号平台</translation>
    </message>
    <message>
        <source>统计日期</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>成交日期</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>本店gmv</source>
        <translation>本店gmv</translation>
    </message>
    <message>
        <source>本店商品gmv</source>
        <translation>本店商品gmv</translation>
    </message>
    <message>
        <source>本店成交金额</source>
        <translation>本店成交金额</translation>
    </message>
    <message>
        <source>带货本店gmv</source>
        <translation>带货本店gmv</translation>
    </message>
    <message>
        <source>店铺gmv</source>
        <translation>店铺gmv</translation>
    </message>
    <message>
        <source>本店销售额</source>
        <translation>本店销售额</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>本店带货gmv</source>
        <translation>本店带货gmv</translation>
    </message>
    <message>
        <source>店铺成交金额</source>
        <translation>店铺成交金额</translation>
    </message>
    <message>
        <source>商品成交金额</source>
        <translation>商品成交金额</translation>
    </message>
    <message>
        <source>总gmv</source>
        <translation>总gmv</translation>
    </message>
    <message>
        <source>达人总gmv</source>
        <translation>达人总gmv</translation>
    </message>
    <message>
        <source>全部gmv</source>
        <translation>全部gmv</translation>
    </message>
    <message>
        <source>总成交金额</source>
        <translation>总成交金额</translation>
    </message>
    <message>
        <source>达人总成交金额</source>
        <translation>达人总成交金额</translation>
    </message>
    <message>
        <source>带货总gmv</source>
        <translation>带货总gmv</translation>
    </message>
    <message>
        <source>带货gmv</source>
        <translation>带货gmv</translation>
    </message>
    <message>
        <source>达人带货gmv</source>
        <translation>达人带货gmv</translation>
    </message>
    <message>
        <source>带货总成交金额</source>
        <translation>带货总成交金额</translation>
    </message>
    <message>
        <source>总销售额</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <source>头条</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <source>西瓜</source>
        <translation>Xigua</translation>
    </message>
    <message>
        <source>¥￥,，  元</source>
        <translation>¥￥,，  元</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>审核通过·在线</source>
        <translation>Approved · online</translation>
    </message>
    <message>
        <source>审核通过待上架</source>
        <translation>Approved, waiting to go online</translation>
    </message>
    <message>
        <source>已下线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>审核未通过</source>
        <translation>Review failed</translation>
    </message>
    <message>
        <source>封禁</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>审核通过并上架</source>
        <translation>Approved and online</translation>
    </message>
    <message>
        <source>审核通过放入仓库</source>
        <translation>Approved into the warehouse</translation>
    </message>
    <message>
        <source>{state}的商品不能修改</source>
        <translation>A product that is {state} cannot be changed</translation>
    </message>
    <message>
        <source>已审核通过的商品修改后需重新提交审核，不能存为草稿（当前：{state}）</source>
        <translation>An approved product must be submitted again after changes and cannot be saved as a draft (now: {state})</translation>
    </message>
    <message>
        <source>只有未提交或审核未通过的商品可以提交审核（当前：{state}）</source>
        <translation>Only a product that is not submitted or failed review can be submitted (now: {state})</translation>
    </message>
    <message>
        <source>只有审核通过的商品修改后重新提交（当前：{state}）</source>
        <translation>Only an approved product can be changed and submitted again (now: {state})</translation>
    </message>
    <message>
        <source>只有待审核的商品可以记录审核结果（当前：{state}）</source>
        <translation>Only a product pending review can have its review result recorded (now: {state})</translation>
    </message>
    <message>
        <source>只有在线的商品可以下线（当前：{state}）</source>
        <translation>Only an online product can be taken offline (now: {state})</translation>
    </message>
    <message>
        <source>只有已下线或待上架的商品可以上架（当前：{state}）</source>
        <translation>Only an offline product or one waiting to go online can go online (now: {state})</translation>
    </message>
    <message>
        <source>只有未提交或审核未通过的商品可以删除（当前：{state}）</source>
        <translation>Only a product that is not submitted or failed review can be deleted (now: {state})</translation>
    </message>
    <message>
        <source>封禁的商品不能发布相似品</source>
        <translation>A blocked product cannot be published as a similar product</translation>
    </message>
    <message>
        <source>商品正在审核中，审核结果出来前不能修改</source>
        <translation>The product is under review; it cannot be changed until the result is in</translation>
    </message>
    <message>
        <source>商品已被封禁，不能修改</source>
        <translation>The product is blocked and cannot be changed</translation>
    </message>
    <message>
        <source>普通商品</source>
        <translation>Ordinary product</translation>
    </message>
    <message>
        <source>虚拟商品</source>
        <translation>Virtual product</translation>
    </message>
    <message>
        <source>在线支付</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>货到付款</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>在线支付和货到付款</source>
        <translation>Online payment and cash on delivery</translation>
    </message>
    <message>
        <source>拍下减库存</source>
        <translation>Stock reduced on order</translation>
    </message>
    <message>
        <source>付款减库存</source>
        <translation>Stock reduced on payment</translation>
    </message>
    <message>
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>商品类型</source>
        <translation>Product type</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>推荐语</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>重量</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>重量单位</source>
        <translation>Weight unit</translation>
    </message>
    <message>
        <source>类目属性</source>
        <translation>Category attributes</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>库存计数</source>
        <translation>Stock counting</translation>
    </message>
    <message>
        <source>主图</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specifications</translation>
    </message>
    <message>
        <source>价格与库存</source>
        <translation>Prices and stock</translation>
    </message>
    <message>
        <source>商家标记</source>
        <translation>Marked by the merchant</translation>
    </message>
    <message>
        <source>平台自动配置</source>
        <translation>Configured by the platform</translation>
    </message>
    <message>
        <source>带货</source>
        <translation>Selling</translation>
    </message>
    <message>
        <source>等待达人授权</source>
        <translation>Waiting for authorisation</translation>
    </message>
    <message>
        <source>自营</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>渠道号可解绑</source>
        <translation>Channel account can be unbound</translation>
    </message>
    <message>
        <source>绑定未完成</source>
        <translation>Binding not finished</translation>
    </message>
    <message>
        <source>可提议自营</source>
        <translation>Can be proposed as self-operated</translation>
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
        <source>草稿有错误</source>
        <translation>Draft has errors</translation>
    </message>
    <message>
        <source>GMV 数据过旧</source>
        <translation>GMV data out of date</translation>
    </message>
    <message>
        <source>渠道号「{account}」已满180天，{date} 起可以解除绑定</source>
        <translation>Channel account “{account}” has been bound 180 days; it can be unbound from {date}</translation>
    </message>
    <message>
        <source>渠道号「{account}」将于 {date} 满180天可解绑，还有 {days} 天</source>
        <translation>Channel account “{account}” reaches 180 days on {date} and can then be unbound; {days} days to go</translation>
    </message>
    <message>
        <source>官方账号「{account}」绑定已等待扫码 {days} 天</source>
        <translation>Official account “{account}” has been waiting for the scan for {days} days</translation>
    </message>
    <message>
        <source>官方账号「{account}」已扫码，等待商家确认 {days} 天</source>
        <translation>Official account “{account}” was scanned and has waited {days} days for the merchant&apos;s confirmation</translation>
    </message>
    <message>
        <source>渠道号「{account}」绑定中已 {days} 天，请确认平台是否已完成</source>
        <translation>Channel account “{account}” has been in binding for {days} days; check whether the platform has finished</translation>
    </message>
    <message>
        <source>达人「{account}」已等待授权 {days} 天</source>
        <translation>Influencer “{account}” has been waiting for authorisation for {days} days</translation>
    </message>
    <message>
        <source>{count} 个达人近30天本店 GMV 占比达到 50%，尚未标记为自营，可一键提议</source>
        <translation>{count} influencers have reached a 50% share of the shop&apos;s GMV over the last 30 days and are not marked as self-operated; propose them in one go</translation>
    </message>
    <message>
        <source>自营账号「{account}」近30天本店 GMV 占比 {share}，已低于 50%</source>
        <translation>Self-operated account “{account}” has a {share} share of the shop&apos;s GMV over the last 30 days, below 50%</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>最新的达人 GMV 数据是 {date}，已过去 {days} 天，自营占比可能已不准确</source>
        <translation>The latest influencer GMV data is from {date}, {days} days ago; the self-operated share may be out of date</translation>
    </message>
    <message>
        <source>商品「{title}」已待审核 {days} 天，请到平台查看审核结果</source>
        <translation>Product “{title}” has been pending review for {days} days; check the result on the platform</translation>
    </message>
    <message>
        <source>商品「{title}」等 {count} 个商品待审核超过 {limit} 天（最久 {days} 天），请到平台查看审核结果</source>
        <translation>Product “{title}” and {count} products in all have been pending review for more than {limit} days (longest {days} days); check the results on the platform</translation>
    </message>
    <message>
        <source>商品「{title}」审核未通过，修改后可重新提交</source>
        <translation>Product “{title}” failed review; change it and submit it again</translation>
    </message>
    <message>
        <source>商品「{title}」等 {count} 个商品审核未通过，修改后可重新提交</source>
        <translation>Product “{title}” and {count} products in all failed review; change them and submit again</translation>
    </message>
    <message>
        <source>草稿「{title}」有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” does not meet the rules yet; fix it before submitting for review</translation>
    </message>
    <message>
        <source>草稿「{title}」等 {count} 个草稿有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” and {count} drafts in all do not meet the rules yet; fix them before submitting for review</translation>
    </message>
    <message>
        <source>新建店铺</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>修改店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <source>归档店铺</source>
        <translation>Archive shop</translation>
    </message>
    <message>
        <source>恢复店铺</source>
        <translation>Restore shop</translation>
    </message>
    <message>
        <source>标记为自营</source>
        <translation>Mark as self-operated</translation>
    </message>
    <message>
        <source>达人同意授权自营</source>
        <translation>Influencer authorised self-operation</translation>
    </message>
    <message>
        <source>达人拒绝授权自营</source>
        <translation>Influencer declined self-operation</translation>
    </message>
    <message>
        <source>标记为带货</source>
        <translation>Mark as selling</translation>
    </message>
    <message>
        <source>登记平台配置的自营账号</source>
        <translation>Register platform-configured self-operated account</translation>
    </message>
    <message>
        <source>录入达人 GMV</source>
        <translation>Enter influencer GMV</translation>
    </message>
    <message>
        <source>删除达人 GMV</source>
        <translation>Delete influencer GMV</translation>
    </message>
    <message>
        <source>导入达人 GMV</source>
        <translation>Import influencer GMV</translation>
    </message>
    <message>
        <source>导入类目</source>
        <translation>Import categories</translation>
    </message>
    <message>
        <source>开始绑定官方账号</source>
        <translation>Start official account binding</translation>
    </message>
    <message>
        <source>官方账号接受绑定</source>
        <translation>Official account accepted binding</translation>
    </message>
    <message>
        <source>确认绑定官方账号</source>
        <translation>Confirm official account binding</translation>
    </message>
    <message>
        <source>取消官方账号绑定</source>
        <translation>Cancel official account binding</translation>
    </message>
    <message>
        <source>解绑官方账号</source>
        <translation>Unbind official account</translation>
    </message>
    <message>
        <source>新增渠道号绑定</source>
        <translation>Bind new channel account</translation>
    </message>
    <message>
        <source>渠道号绑定完成</source>
        <translation>Channel account bound</translation>
    </message>
    <message>
        <source>取消渠道号绑定</source>
        <translation>Cancel channel account binding</translation>
    </message>
    <message>
        <source>登记已有渠道号</source>
        <translation>Register existing channel account</translation>
    </message>
    <message>
        <source>解绑渠道号</source>
        <translation>Unbind channel account</translation>
    </message>
    <message>
        <source>新建商品草稿</source>
        <translation>New product draft</translation>
    </message>
    <message>
        <source>保存商品草稿</source>
        <translation>Save product draft</translation>
    </message>
    <message>
        <source>提交商品审核</source>
        <translation>Submit product for review</translation>
    </message>
    <message>
        <source>修改商品并重新提交审核</source>
        <translation>Change product and resubmit for review</translation>
    </message>
    <message>
        <source>记录商品审核结果</source>
        <translation>Record product review result</translation>
    </message>
    <message>
        <source>商品下线</source>
        <translation>Take product offline</translation>
    </message>
    <message>
        <source>商品上架</source>
        <translation>Put product online</translation>
    </message>
    <message>
        <source>删除商品</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <source>发布相似品</source>
        <translation>Publish similar product</translation>
    </message>
    <message>
        <source>更正绑定日期</source>
        <translation>Correct binding date</translation>
    </message>
    <message>
        <source>更正昵称</source>
        <translation>Correct nickname</translation>
    </message>
    <message>
        <source>更正账号 ID</source>
        <translation>Correct account ID</translation>
    </message>
    <message>
        <source>更正达人 GMV</source>
        <translation>Correct influencer GMV</translation>
    </message>
    <message>
        <source>作废绑定记录</source>
        <translation>Void binding record</translation>
    </message>
    <message>
        <source>设置平台连接</source>
        <translation>Set up platform connection</translation>
    </message>
    <message>
        <source>删除平台连接</source>
        <translation>Delete platform connection</translation>
    </message>
    <message>
        <source>从抖店拉取类目</source>
        <translation>Fetch categories from the Douyin shop</translation>
    </message>
    <message>
        <source>从抖店拉取类目属性</source>
        <translation>Fetch category attributes from the Douyin shop</translation>
    </message>
    <message>
        <source>从抖店拉取商品</source>
        <translation>Fetch products from the Douyin shop</translation>
    </message>
    <message>
        <source>按抖店更新商品</source>
        <translation>Update products from the Douyin shop</translation>
    </message>
    <message>
        <source>处理商品同步冲突</source>
        <translation>Resolve product sync conflicts</translation>
    </message>
    <message>
        <source>关联抖店商品</source>
        <translation>Link a Douyin shop product</translation>
    </message>
    <message>
        <source>导入抖店绑定账号</source>
        <translation>Import bound accounts from the Douyin shop</translation>
    </message>
    <message>
        <source>从抖店拉取联盟订单 GMV</source>
        <translation>Fetch affiliate order GMV from the Douyin shop</translation>
    </message>
    <message>
        <source>提交到抖店（预演）</source>
        <translation>Submit to Douyin Shop (dry run)</translation>
    </message>
    <message>
        <source>更正(&amp;E)…</source>
        <translation>Corr&amp;ect…</translation>
    </message>
    <message>
        <source>作废(&amp;V)…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>新增绑定(&amp;B)…</source>
        <translation>&amp;Bind new…</translation>
    </message>
    <message>
        <source>绑定完成(&amp;J)</source>
        <translation>Binding done (&amp;J)</translation>
    </message>
    <message>
        <source>取消绑定(&amp;D)</source>
        <translation>Cancel bin&amp;ding</translation>
    </message>
    <message>
        <source>登记已有绑定(&amp;R)…</source>
        <translation>&amp;Register existing binding…</translation>
    </message>
    <message>
        <source>解除绑定(&amp;U)…</source>
        <translation>&amp;Unbind…</translation>
    </message>
    <message>
        <source>开始绑定(&amp;B)…</source>
        <translation>Start &amp;binding…</translation>
    </message>
    <message>
        <source>记录已接受(&amp;J)</source>
        <translation>Record accepted (&amp;J)</translation>
    </message>
    <message>
        <source>确认绑定(&amp;K)…</source>
        <translation>Confirm binding (&amp;K)…</translation>
    </message>
    <message>
        <source>取消绑定(&amp;D)…</source>
        <translation>Cancel bin&amp;ding…</translation>
    </message>
    <message>
        <source>解除绑定(&amp;U)</source>
        <translation>&amp;Unbind</translation>
    </message>
    <message>
        <source>标记为自营(&amp;M)</source>
        <translation>&amp;Mark as self-operated</translation>
    </message>
    <message>
        <source>批量标记为自营(&amp;B)</source>
        <translation>Mark in &amp;bulk</translation>
    </message>
    <message>
        <source>一键提议全部符合条件(&amp;P)</source>
        <translation>&amp;Propose all eligible</translation>
    </message>
    <message>
        <source>达人已同意(&amp;Y)</source>
        <translation>Influencer agreed (&amp;Y)</translation>
    </message>
    <message>
        <source>达人已拒绝(&amp;N)</source>
        <translation>Influencer declined (&amp;N)</translation>
    </message>
    <message>
        <source>标记为带货(&amp;U)</source>
        <translation>Mark as selling (&amp;U)</translation>
    </message>
    <message>
        <source>登记平台配置的自营(&amp;L)</source>
        <translation>Register platform-configured (&amp;L)</translation>
    </message>
    <message>
        <source>录入 GMV(&amp;E)…</source>
        <translation>&amp;Enter GMV…</translation>
    </message>
    <message>
        <source>导入 GMV(&amp;I)…</source>
        <translation>&amp;Import GMV…</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>新数字与原来的相同</source>
        <translation>The new figures are the same as the old ones</translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>文件导入</source>
        <translation>Imported from file</translation>
    </message>
    <message>
        <source>近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>近90天</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>近一年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>导入 CSV/XLSX(&amp;I)…</source>
        <translation>&amp;Import CSV/XLSX…</translation>
    </message>
    <message>
        <source>修改(&amp;M)…</source>
        <translation>Edit (&amp;M)…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>更正(&amp;R)…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <source>小林家居旗舰店（示例）</source>
        <translation>小林家居旗舰店（示例）</translation>
    </message>
    <message>
        <source>渠道号满180天前提前提醒（天）</source>
        <translation>Remind before a channel account reaches 180 days (days)</translation>
    </message>
    <message>
        <source>绑定未完成超过（天）</source>
        <translation>Binding unfinished for more than (days)</translation>
    </message>
    <message>
        <source>等待达人授权超过（天）</source>
        <translation>Waiting for authorisation for more than (days)</translation>
    </message>
    <message>
        <source>商品待审核超过（天）</source>
        <translation>Pending review for more than (days)</translation>
    </message>
    <message>
        <source>GMV 数据超过（天）未更新</source>
        <translation>GMV data not updated for (days)</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>规格与价格</source>
        <translation>Specs and prices</translation>
    </message>
    <message>
        <source>Ag 规则</source>
        <translation>Ag 规则</translation>
    </message>
    <message>
        <source>新建商品(&amp;N)</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>提交审核(&amp;S)</source>
        <translation>&amp;Submit for review</translation>
    </message>
    <message>
        <source>记录审核结果(&amp;R)</source>
        <translation>&amp;Record review result</translation>
    </message>
    <message>
        <source>下线(&amp;O)</source>
        <translation>Take &amp;offline</translation>
    </message>
    <message>
        <source>上架(&amp;U)</source>
        <translation>Put online (&amp;U)</translation>
    </message>
    <message>
        <source>发布相似品(&amp;D)</source>
        <translation>Publish similar (&amp;D)</translation>
    </message>
    <message>
        <source>删除(&amp;X)</source>
        <translation>Delete (&amp;X)</translation>
    </message>
    <message>
        <source>导出所选(&amp;P)…</source>
        <translation>Export selected (&amp;P)…</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>售价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>原价（元）</source>
        <translation>Original price (yuan)</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>商家编码</source>
        <translation>Merchant code</translation>
    </message>
    <message>
        <source>价格（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>总库存</source>
        <translation>Total stock</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>&lt;h2&gt;快速上手&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;新建店铺&lt;/b&gt;：第一次打开时点「新建店铺」，填写店铺名称和抖店的店铺 ID。有几家店就建几家，用窗口上方的店铺下拉框切换。&lt;/li&gt;&lt;li&gt;&lt;b&gt;账号&lt;/b&gt;：登记官方账号、渠道号和自营账号。不能做的操作是灰色的，把鼠标停在上面、或选中那一行，状态栏会用大白话说明原因和还要等几天。&lt;/li&gt;&lt;li&gt;&lt;b&gt;商品&lt;/b&gt;：新建商品，按「类目 → 基本信息 → 图片 → 规格与价格」填写；红字说明哪里不符合规则，全部改好才能提交审核。没填完可以先保存草稿。&lt;/li&gt;&lt;li&gt;&lt;b&gt;达人数据&lt;/b&gt;：录入或导入达人的 GMV（CSV 或 Excel），用来判断谁符合自营账号的条件。&lt;/li&gt;&lt;li&gt;&lt;b&gt;操作记录&lt;/b&gt;：每一次操作（包括被规则拒绝的）都记在这里，不能修改。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;不熟悉规则？菜单「帮助 → 规则说明」逐条解释；状态栏里的「规则 R-…」链接也会打开对应的条目。只想先看看？在第一次打开时选择「打开示例数据」。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Quick start&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Create a shop&lt;/b&gt;: on first start click “New shop” and enter the shop name and its Douyin shop ID. Create one per shop you run, and switch with the shop box at the top of the window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Accounts&lt;/b&gt;: record the official account, channel accounts and self-operated accounts. Actions you cannot do are greyed out; hover over one, or select its row, and the status bar says why in plain words and how many days are left.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Products&lt;/b&gt;: create a product and fill in “Category → Basic information → Images → Specs and prices”; red text says what breaks a rule, and everything must be fixed before submitting for review. You can save a draft at any time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Influencer data&lt;/b&gt;: enter or import influencers&apos; GMV (CSV or Excel) to see who qualifies as a self-operated account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History&lt;/b&gt;: every action (refused ones included) is recorded here and cannot be changed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;New to the rules? Help → Rules explains each one; the “Rule R-…” link in the status bar opens its entry too. Just looking? Choose “Open demo data” on first start.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{text}（{inner}）</source>
        <translation>{text} ({inner})</translation>
    </message>
    <message>
        <source>{label}：{text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
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
        <translation>Product “{title}” and {count} products in all have been pending review for more than {limit} days (longest {days} days); check the results on the platform</translation>
    </message>
    <message>
        <source>商品「{title}」审核未通过，修改后可重新提交</source>
        <translation>Product “{title}” was rejected; edit it and submit again</translation>
    </message>
    <message>
        <source>商品「{title}」等 {count} 个商品审核未通过，修改后可重新提交</source>
        <translation>Product “{title}” and {count} products in all failed review; change them and submit again</translation>
    </message>
    <message>
        <source>草稿「{title}」有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” breaks publishing rules; fix it before submitting</translation>
    </message>
    <message>
        <source>草稿「{title}」等 {count} 个草稿有不符合规则的地方，改好后才能提交审核</source>
        <translation>Draft “{title}” and {count} drafts in all do not meet the rules yet; fix them before submitting for review</translation>
    </message>
    <message>
        <source>最新的达人 GMV 数据是 {date}，已过去 {days} 天，自营占比可能已不准确</source>
        <translation>The newest influencer GMV figures are from {date}, {days} days ago; self-operated shares may be out of date</translation>
    </message>
</context>
</TS>
