"""``python -m tests.fake_doudian``: run the fake platform to try the app by hand."""
from __future__ import annotations

import argparse
import time

from tests.fake_doudian.data import SHOP_ID, make_data
from tests.fake_doudian.server import APP_KEY, SECRET, FakeDoudian, FakeState


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fake_doudian", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--token-lifetime", type=int, default=7 * 86400, help="seconds an access token lives")
    args = parser.parse_args(argv)
    state = FakeState(data=make_data(args.products), token_lifetime=args.token_lifetime)
    fake = FakeDoudian(state, port=args.port).start()
    print(f"fake 抖店开放平台 on {fake.url}  (localhost only)", flush=True)
    print(f"  SHOPDESK_DOUDIAN_GATEWAY={fake.url}")
    print(f"  app_key={APP_KEY}  app_secret={SECRET}  shop_id={SHOP_ID}")
    print("  Ctrl+C to stop", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
