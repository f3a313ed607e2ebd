"""Products, their images, SKUs and review rejections (SPEC §4, issue 4)."""
from desktop.store.migrations.script import run_script

VERSION = 4

SCRIPT = """
-- A draft may hold rule errors (saving a draft with errors is allowed); once
-- it leaves draft/rejected it must at least have a category, a price, a main
-- image and a one-line title (R-P-SUBMIT). Numbers that could not be parsed
-- are stored as NULL, never as something the rules refuse.
-- Summary columns (category_path .. sku_count) are kept by the service in the
-- same transaction as the SKUs, so the 商品 page sorts and filters 100,000
-- rows in SQL with an index instead of aggregating SKUs.
CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    category_id INTEGER REFERENCES category(id),
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'pending', 'online', 'warehouse', 'offline', 'rejected', 'blocked')),
    product_type TEXT NOT NULL DEFAULT 'normal' CHECK (product_type IN ('normal', 'virtual')),
    title TEXT NOT NULL DEFAULT '',
    remark TEXT NOT NULL DEFAULT '',
    -- R-P-WEIGHT: > 0 and < 10000 in its unit
    weight REAL CHECK (weight IS NULL OR (weight > 0 AND weight < 10000)),
    weight_unit TEXT NOT NULL DEFAULT 'kg' CHECK (weight_unit IN ('kg', 'g')),
    payment TEXT NOT NULL DEFAULT 'online' CHECK (payment IN ('online', 'cod', 'both')),
    stock_mode TEXT NOT NULL DEFAULT 'order' CHECK (stock_mode IN ('order', 'pay')),
    attributes_json TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(attributes_json) AND json_type(attributes_json) = 'object'),
    specs_json TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(specs_json) AND json_type(specs_json) = 'array' AND json_array_length(specs_json) <= 3),
    category_path TEXT NOT NULL DEFAULT '',
    main_image TEXT,
    min_price_fen INTEGER CHECK (min_price_fen IS NULL OR min_price_fen > 0),
    max_price_fen INTEGER CHECK (max_price_fen IS NULL OR max_price_fen >= min_price_fen),
    total_stock INTEGER NOT NULL DEFAULT 0 CHECK (total_stock >= 0),
    sku_count INTEGER NOT NULL DEFAULT 0 CHECK (sku_count >= 0),
    copied_from INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (state IN ('draft', 'rejected') OR (
        category_id IS NOT NULL AND min_price_fen IS NOT NULL AND main_image IS NOT NULL
        AND instr(title, char(10)) = 0 AND instr(title, char(13)) = 0))
);
CREATE INDEX product_shop_updated ON product(shop_id, updated_at, id);
CREATE INDEX product_shop_state ON product(shop_id, state, updated_at, id);
CREATE INDEX product_shop_title ON product(shop_id, title, id);
CREATE INDEX product_shop_price ON product(shop_id, min_price_fen, id);
CREATE INDEX product_shop_stock ON product(shop_id, total_stock, id);

-- R-P-STATE: the only transitions there are (same table as domain/product_states.py).
CREATE TRIGGER product_state_transition BEFORE UPDATE OF state ON product
WHEN OLD.state <> NEW.state AND (OLD.state, NEW.state) NOT IN (VALUES
    ('draft', 'pending'), ('rejected', 'pending'),
    ('online', 'pending'), ('warehouse', 'pending'), ('offline', 'pending'),
    ('pending', 'online'), ('pending', 'warehouse'), ('pending', 'rejected'), ('pending', 'blocked'),
    ('online', 'offline'), ('offline', 'online'), ('warehouse', 'online'))
BEGIN
    SELECT RAISE(ABORT, 'product state transition not allowed (R-P-STATE)');
END;

-- R-P-STATE (decided): only a draft or a rejected product can be deleted.
CREATE TRIGGER product_delete_guard BEFORE DELETE ON product
WHEN OLD.state NOT IN ('draft', 'rejected')
BEGIN
    SELECT RAISE(ABORT, 'only draft or rejected products can be deleted (R-P-STATE)');
END;

-- R-P-IMG-1: at most 5 images (positions 0..4); position 0 is the main image.
CREATE TABLE product_image (
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 4),
    sha256 TEXT NOT NULL REFERENCES image_blob(sha256),
    PRIMARY KEY (product_id, position),
    UNIQUE (product_id, sha256)
);
CREATE INDEX product_image_sha ON product_image(sha256);

-- R-P-SKU: one row per combination (combo_key = JSON array of values, unique
-- per product). R-P-PRICE-1/2 on what is stored; stock an integer >= 0.
CREATE TABLE sku (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    combo_key TEXT NOT NULL CHECK (json_valid(combo_key) AND json_type(combo_key) = 'array'),
    sale_fen INTEGER CHECK (sale_fen IS NULL OR sale_fen BETWEEN 1 AND 100000000),
    original_fen INTEGER CHECK (original_fen IS NULL OR (
        sale_fen IS NOT NULL AND original_fen > sale_fen AND original_fen < 10 * sale_fen)),
    stock INTEGER CHECK (stock IS NULL OR stock >= 0),
    code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 64),
    UNIQUE (product_id, combo_key),
    UNIQUE (product_id, position)
);

-- 审核未通过: the reasons of the latest review, per field.
CREATE TABLE product_rejection (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (length(trim(field)) > 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    at TEXT NOT NULL
);
CREATE INDEX product_rejection_product ON product_rejection(product_id);
"""

POSTGRES = """
CREATE TABLE product (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    category_id BIGINT REFERENCES category(id),
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'pending', 'online', 'warehouse', 'offline', 'rejected', 'blocked')),
    product_type TEXT NOT NULL DEFAULT 'normal' CHECK (product_type IN ('normal', 'virtual')),
    title TEXT NOT NULL DEFAULT '',
    remark TEXT NOT NULL DEFAULT '',
    weight DOUBLE PRECISION CHECK (weight IS NULL OR (weight > 0 AND weight < 10000)),
    weight_unit TEXT NOT NULL DEFAULT 'kg' CHECK (weight_unit IN ('kg', 'g')),
    payment TEXT NOT NULL DEFAULT 'online' CHECK (payment IN ('online', 'cod', 'both')),
    stock_mode TEXT NOT NULL DEFAULT 'order' CHECK (stock_mode IN ('order', 'pay')),
    attributes_json TEXT NOT NULL DEFAULT '{}' CHECK (sd_json_type(attributes_json) = 'object'),
    specs_json TEXT NOT NULL DEFAULT '[]'
        CHECK (sd_json_type(specs_json) = 'array' AND sd_json_array_length(specs_json) <= 3),
    category_path TEXT NOT NULL DEFAULT '',
    main_image TEXT,
    min_price_fen BIGINT CHECK (min_price_fen IS NULL OR min_price_fen > 0),
    max_price_fen BIGINT CHECK (max_price_fen IS NULL OR max_price_fen >= min_price_fen),
    total_stock BIGINT NOT NULL DEFAULT 0 CHECK (total_stock >= 0),
    sku_count INTEGER NOT NULL DEFAULT 0 CHECK (sku_count >= 0),
    copied_from BIGINT,
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    CHECK (state IN ('draft', 'rejected') OR (
        category_id IS NOT NULL AND min_price_fen IS NOT NULL AND main_image IS NOT NULL
        AND strpos(title, chr(10)) = 0 AND strpos(title, chr(13)) = 0))
);
CREATE INDEX product_shop_updated ON product(shop_id, updated_at, id);
CREATE INDEX product_shop_state ON product(shop_id, state, updated_at, id);
-- A btree entry is at most ~8 kB on the server, and a draft may hold a long title: index its start.
CREATE INDEX product_shop_title ON product(shop_id, left(title, 200), id);
CREATE INDEX product_shop_price ON product(shop_id, min_price_fen, id);
CREATE INDEX product_shop_stock ON product(shop_id, total_stock, id);

-- R-P-STATE: the same transition table as the SQLite trigger.
CREATE TRIGGER product_state_transition BEFORE UPDATE OF state ON product
    FOR EACH ROW WHEN (OLD.state <> NEW.state AND (OLD.state, NEW.state) NOT IN (
        ('draft', 'pending'), ('rejected', 'pending'),
        ('online', 'pending'), ('warehouse', 'pending'), ('offline', 'pending'),
        ('pending', 'online'), ('pending', 'warehouse'), ('pending', 'rejected'), ('pending', 'blocked'),
        ('online', 'offline'), ('offline', 'online'), ('warehouse', 'online')))
    EXECUTE FUNCTION sd_refuse('product state transition not allowed (R-P-STATE)');
CREATE TRIGGER product_delete_guard BEFORE DELETE ON product
    FOR EACH ROW WHEN (OLD.state NOT IN ('draft', 'rejected'))
    EXECUTE FUNCTION sd_refuse('only draft or rejected products can be deleted (R-P-STATE)');

CREATE TABLE product_image (
    product_id BIGINT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 4),
    sha256 TEXT NOT NULL REFERENCES image_blob(sha256),
    PRIMARY KEY (product_id, position),
    UNIQUE (product_id, sha256)
);
CREATE INDEX product_image_sha ON product_image(sha256);

CREATE TABLE sku (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    combo_key TEXT NOT NULL CHECK (sd_json_type(combo_key) = 'array'),
    sale_fen BIGINT CHECK (sale_fen IS NULL OR sale_fen BETWEEN 1 AND 100000000),
    original_fen BIGINT CHECK (original_fen IS NULL OR (
        sale_fen IS NOT NULL AND original_fen > sale_fen AND original_fen < 10 * sale_fen)),
    stock BIGINT CHECK (stock IS NULL OR stock >= 0),
    code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 64),
    UNIQUE (product_id, combo_key),
    UNIQUE (product_id, position)
);

CREATE TABLE product_rejection (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (length(btrim(field)) > 0),
    reason TEXT NOT NULL CHECK (length(btrim(reason)) > 0),
    at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX product_rejection_product ON product_rejection(product_id);
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
