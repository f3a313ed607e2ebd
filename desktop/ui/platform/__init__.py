"""抖店开放平台: 平台连接, sync actions with progress and cancel, 同步记录, conflicts, the push dry run (issue 13)."""
