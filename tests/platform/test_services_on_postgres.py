"""The platform's pulls and push on the team server too (issues 12 and 13).

tests/conftest.py runs tests/platform on SQLite only (its UI tests stay there); the service tests
of these modules are collected here once more, on PostgreSQL only. They found that the pulls'
bulk writes (``executemany`` with ``?``) failed on the server: they now go through
``sqlcompat.executemany``.
"""
import pytest

from tests.platform.test_accounts_alliance_push import *  # noqa: F401,F403
from tests.platform.test_pull_creates_products import *  # noqa: F401,F403
from tests.platform.test_pull_services import *  # noqa: F401,F403

pytestmark = pytest.mark.postgres_only
