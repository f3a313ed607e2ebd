"""The 抖店开放平台 (Douyin shop open platform): the one client ShopDesk talks to it through.

Plain Python (no Qt, no database): ``signing`` builds the canonical request,
``client`` sends it with httpx and parses the envelope, ``keychain`` keeps the
app secret and tokens in the OS keychain, ``errors`` turns every failure into a
message in Chinese and English that names the platform's code.
"""
