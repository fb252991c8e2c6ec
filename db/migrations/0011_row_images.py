"""A baseline after-image of every business row (desk_app.core.row_images): an office
upgraded from before images were written checks clean from here on. Data only; no DDL.
A row imaged earlier and gone since (an older migration deleted it by SQL) gets its
tombstone, so the baseline holds whatever the chain already said."""


def up(db):
    from desk_app.core import audit, row_images

    seen = row_images.last_images(
        db.execute_sql(
            "SELECT id, action, entity, entity_id, after FROM audit_log "
            f"WHERE action LIKE {db.param} ORDER BY id",
            (row_images.PREFIX + "%",),
        ).fetchall()
    )
    for model in row_images.business_models():
        s = row_images.shape(model)
        if not db.table_exists(s.table):
            continue
        present: set[str] = set()
        cur = db.execute_sql(f'{s.select_sql} ORDER BY "{s.pk}"')
        while True:
            rows = cur.fetchmany(5000)
            if not rows:
                break
            items = []
            for r in rows:
                key = row_images.entity_id(r[s.pk_index])
                present.add(key)
                items.append(("migration-0011", row_images.BASELINE, s.table, key, s.text(r)))
            audit.append_many(items)
        gone = [
            ("migration-0011", row_images.TOMBSTONE, s.table, key, None)
            for key, (_, image) in seen.get(s.table, {}).items()
            if image is not None and key not in present
        ]
        if gone:
            audit.append_many(gone)
