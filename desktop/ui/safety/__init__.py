"""Data safety in the UI: open failures, 备份与恢复, 检查数据库, 导出/导入全部数据."""
