"""Backup pruning schedule with a fake clock: last 10, daily 7, weekly 4, monthly 12."""
from datetime import datetime, timedelta

from desktop.domain.backup_schedule import KEEP_LAST, to_delete, to_keep

NOW = datetime(2026, 11, 27, 18, 0)


def test_keeps_last_ten_of_one_day():
    stamps = [NOW - timedelta(minutes=30 * i) for i in range(20)]
    keep = to_keep(stamps, NOW)
    assert set(sorted(stamps)[-KEEP_LAST:]) <= keep
    assert len(keep) == KEEP_LAST  # all in one day, week and month


def test_a_year_of_half_hourly_backups_shrinks_to_the_schedule():
    # Simulate a year of use, pruning after each backup as the app does.
    clock = datetime(2025, 11, 1, 9, 0)
    kept: list[datetime] = []
    while clock < NOW:
        for _ in range(4):  # four backups a day, 30 minutes apart
            kept.append(clock)
            kept = sorted(to_keep(kept, clock))
            clock += timedelta(minutes=30)
        clock += timedelta(days=1) - timedelta(minutes=120)
    assert len(kept) <= KEEP_LAST + 7 + 4 + 12
    days = {t.date() for t in kept if NOW - t < timedelta(days=7)}
    assert len(days) >= 6  # one for each recent day
    months = {(t.year, t.month) for t in kept}
    assert len(months) >= 12
    assert min(kept) < NOW - timedelta(days=300)


def test_delete_is_the_complement():
    stamps = [NOW - timedelta(days=i) for i in range(400)]
    gone = to_delete(stamps, NOW)
    assert set(gone) | to_keep(stamps, NOW) == set(stamps)
    assert NOW - timedelta(days=399) in gone or NOW - timedelta(days=399) in to_keep(stamps, NOW)
    assert len(stamps) - len(gone) <= KEEP_LAST + 7 + 4 + 12


def test_future_stamps_from_a_clock_set_back_are_not_all_kept():
    stamps = [NOW + timedelta(days=i) for i in range(1, 30)]
    assert len(to_keep(stamps, NOW)) == KEEP_LAST
