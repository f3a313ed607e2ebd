"""达人数据: the influencer GMV page and the GMV entry and import dialogs."""
