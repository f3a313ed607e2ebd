"""The --demo products: every review state present, all through the services."""
from desktop.domain import product_states as st
from desktop.services import products_demo
from desktop.services import products_query as pq
from desktop.services import shops


def test_demo_products_cover_the_states(ctx):
    ids = [shops.create_shop(ctx, f"店{i}", f"7000{i}", False).value for i in range(3)]
    products_demo.fill_products(ctx, ids)
    counts = pq.count_by_state(ctx, ids[1])
    counts.update({k: counts.get(k, 0) + v for k, v in pq.count_by_state(ctx, ids[2]).items()})
    assert set(counts) == set(st.STATES)
