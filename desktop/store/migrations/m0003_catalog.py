"""Category tree, category attributes and stored images (SPEC §4, issue 4)."""
from desktop.store.migrations.script import run_script

VERSION = 3

SCRIPT = """
-- One row per platform (or sample) category. id is the platform's own ID.
-- enabled is the EFFECTIVE flag: a node disabled by the platform, or under a
-- disabled node, is 0 and hidden from the picker. Nodes retired by an import
-- but still used by products are kept with enabled = 0.
CREATE TABLE category (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    parent_id INTEGER REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    is_leaf INTEGER NOT NULL CHECK (is_leaf IN (0, 1)),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    source TEXT NOT NULL CHECK (source IN ('sample', 'imported')),
    path TEXT NOT NULL,
    CHECK ((level = 1) = (parent_id IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX category_parent ON category(parent_id, enabled, name);

-- SPEC §4 step 1: up to 4 levels; a child is one level below its parent, and
-- a leaf (the only node that holds products) has no enabled children.
CREATE TRIGGER category_level_insert BEFORE INSERT ON category
WHEN NEW.parent_id IS NOT NULL AND NEW.enabled = 1 AND NOT EXISTS (
    SELECT 1 FROM category p WHERE p.id = NEW.parent_id AND p.level = NEW.level - 1 AND p.is_leaf = 0)
BEGIN
    SELECT RAISE(ABORT, 'category parent must be a non-leaf one level up');
END;
CREATE TRIGGER category_level_update BEFORE UPDATE OF parent_id, level, enabled ON category
WHEN NEW.parent_id IS NOT NULL AND NEW.enabled = 1 AND NOT EXISTS (
    SELECT 1 FROM category p WHERE p.id = NEW.parent_id AND p.level = NEW.level - 1 AND p.is_leaf = 0)
BEGIN
    SELECT RAISE(ABORT, 'category parent must be a non-leaf one level up');
END;
CREATE TRIGGER category_leaf_has_no_children BEFORE UPDATE OF is_leaf ON category
WHEN NEW.is_leaf = 1 AND EXISTS (SELECT 1 FROM category c WHERE c.parent_id = NEW.id AND c.enabled = 1)
BEGIN
    SELECT RAISE(ABORT, 'a leaf category has no children');
END;

-- 类目属性 of a leaf. property_id is kept as text (the platform's IDs are
-- numbers, but an imported file may use strings). Products store attribute
-- values by property_id, not by this row's id, so a re-import can rebuild
-- these rows freely.
CREATE TABLE category_attribute (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
    property_id TEXT NOT NULL CHECK (length(property_id) BETWEEN 1 AND 64),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    required INTEGER NOT NULL CHECK (required IN (0, 1)),
    type TEXT NOT NULL CHECK (type IN ('text', 'single', 'multi', 'number', 'date')),
    options TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options) AND json_type(options) = 'array'),
    unit TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (category_id, property_id),
    CHECK (type NOT IN ('single', 'multi') OR json_array_length(options) > 0),
    CHECK (unit IS NULL OR type = 'number')
);
CREATE INDEX category_attribute_order ON category_attribute(category_id, position);

-- R-P-IMG-2: an image checked by content, stored once per content hash under
-- <data>/images/<sha[:2]>/<sha>.png|.jpg.
CREATE TABLE image_blob (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    format TEXT NOT NULL CHECK (format IN ('PNG', 'JPEG')),
    width INTEGER NOT NULL CHECK (width >= 600),
    height INTEGER NOT NULL CHECK (height >= 600),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 1048576),
    created_at TEXT NOT NULL
);
"""

# sd_json_type() is the server's json_valid()+json_type(): 'invalid' for text
# that is not JSON, so a CHECK on it refuses bad text as SQLite's does.
POSTGRES = """
CREATE FUNCTION sd_json_type(t TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN jsonb_typeof(t::jsonb);
EXCEPTION WHEN others THEN
    RETURN 'invalid';
END $$;
CREATE FUNCTION sd_json_array_length(t TEXT) RETURNS INTEGER LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN jsonb_array_length(t::jsonb);
EXCEPTION WHEN others THEN
    RETURN -1;
END $$;

CREATE TABLE category (
    id BIGINT PRIMARY KEY CHECK (id > 0),
    parent_id BIGINT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    is_leaf INTEGER NOT NULL CHECK (is_leaf IN (0, 1)),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    source TEXT NOT NULL CHECK (source IN ('sample', 'imported')),
    path TEXT NOT NULL,
    CHECK ((level = 1) = (parent_id IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX category_parent ON category(parent_id, enabled, name);

-- The 4-level tree (SPEC §4 step 1); WHEN can't hold a subquery here, so the
-- checks live in the functions.
CREATE FUNCTION category_parent_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND NEW.enabled = 1 AND NOT EXISTS (
        SELECT 1 FROM category p WHERE p.id = NEW.parent_id AND p.level = NEW.level - 1 AND p.is_leaf = 0) THEN
        RAISE EXCEPTION 'category parent must be a non-leaf one level up'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER category_level_insert BEFORE INSERT ON category
    FOR EACH ROW EXECUTE FUNCTION category_parent_check();
CREATE TRIGGER category_level_update BEFORE UPDATE OF parent_id, level, enabled ON category
    FOR EACH ROW EXECUTE FUNCTION category_parent_check();
CREATE FUNCTION category_leaf_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.is_leaf = 1 AND EXISTS (SELECT 1 FROM category c WHERE c.parent_id = NEW.id AND c.enabled = 1) THEN
        RAISE EXCEPTION 'a leaf category has no children' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER category_leaf_has_no_children BEFORE UPDATE OF is_leaf ON category
    FOR EACH ROW EXECUTE FUNCTION category_leaf_check();

CREATE TABLE category_attribute (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    category_id BIGINT NOT NULL REFERENCES category(id) ON DELETE CASCADE,
    property_id TEXT NOT NULL CHECK (length(property_id) BETWEEN 1 AND 64),
    name TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    required INTEGER NOT NULL CHECK (required IN (0, 1)),
    type TEXT NOT NULL CHECK (type IN ('text', 'single', 'multi', 'number', 'date')),
    options TEXT NOT NULL DEFAULT '[]' CHECK (sd_json_type(options) = 'array'),
    unit TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (category_id, property_id),
    CHECK (type NOT IN ('single', 'multi') OR sd_json_array_length(options) > 0),
    CHECK (unit IS NULL OR type = 'number')
);
CREATE INDEX category_attribute_order ON category_attribute(category_id, position);

CREATE TABLE image_blob (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 !~ '[^0-9a-f]'),
    format TEXT NOT NULL CHECK (format IN ('PNG', 'JPEG')),
    width INTEGER NOT NULL CHECK (width >= 600),
    height INTEGER NOT NULL CHECK (height >= 600),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 1048576),
    created_at TEXT COLLATE "C" NOT NULL
);
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
