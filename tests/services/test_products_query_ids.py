"""The 商品 table's id list is parsed from one JSON array a slice at a time (memory), in order."""
import json
import random

import pytest

from desktop.services.products_query import _ids_from_json


@pytest.mark.parametrize("count", [0, 1, 2, 7, 8, 9, 1000])
@pytest.mark.parametrize("pieces", [1, 3, 8, 5000])
def test_ids_come_back_whole_and_in_order_whatever_the_slicing(count, pieces):
    rnd = random.Random(count * 31 + pieces)
    ids = [rnd.randint(1, 2**62) for _ in range(count)]
    for text in (json.dumps(ids), json.dumps(ids, separators=(",", ":"))):
        assert list(_ids_from_json(text, pieces)) == ids
