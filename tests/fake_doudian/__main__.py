"""``python -m tests.fake_doudian``: run the fake platform to try the app by hand."""
from __future__ import annotations

import argparse
import time

from tests.fake_doudian.data import SHOP_ID, make_data
from tests.fake_doudian.server import APP_KEY, FAULTS, SECRET, FakeDoudian, FakeState


def parse_fault(text: str) -> tuple[str, str, int, int]:
    """``FAULT[:METHOD[:COUNT[:AFTER]]]``, e.g. ``expire_token:product.listV2:1:1`` (the 2nd listV2 call)."""
    parts = text.split(":")
    fault, method = parts[0], (parts[1] if len(parts) > 1 and parts[1] else "*")
    if fault not in FAULTS:
        raise argparse.ArgumentTypeError(f"unknown fault {fault!r}; one of {', '.join(FAULTS)}")
    try:
        count = int(parts[2]) if len(parts) > 2 else 1
        after = int(parts[3]) if len(parts) > 3 else 0
    except ValueError:
        raise argparse.ArgumentTypeError(f"COUNT and AFTER must be numbers: {text!r}") from None
    return fault, method, count, after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fake_doudian", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--token-lifetime", type=int, default=7 * 86400, help="seconds an access token lives")
    parser.add_argument("--inject", type=parse_fault, action="append", default=[], metavar="FAULT[:METHOD[:COUNT[:AFTER]]]",
                        help=f"fail COUNT calls of METHOD (default every method) after AFTER good ones; FAULT is one of"
                             f" {', '.join(FAULTS)}. Repeatable.")
    parser.add_argument("--timeout-delay", type=float, default=15.0,
                        help="seconds a 'timeout' fault holds the answer (the app gives up after 12)")
    args = parser.parse_args(argv)
    state = FakeState(data=make_data(args.products), token_lifetime=args.token_lifetime,
                      timeout_delay=args.timeout_delay)
    for fault, method, count, after in args.inject:
        state.faults[method].extend([None] * after + [fault] * count)  # None: a call that goes through
    fake = FakeDoudian(state, port=args.port).start()
    print(f"fake 抖店开放平台 on {fake.url}  (localhost only)", flush=True)
    print(f"  SHOPDESK_DOUDIAN_GATEWAY={fake.url}")
    print(f"  app_key={APP_KEY}  app_secret={SECRET}  shop_id={SHOP_ID}")
    for fault, method, count, after in args.inject:
        print(f"  fault: {fault} x{count} on {method} after {after} good call(s)")
    print("  Ctrl+C to stop", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
