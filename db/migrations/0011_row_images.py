"""A baseline after-image of every business row (desk_app.core.row_images): an office
upgraded from before images were written checks clean from here on. Data only; no DDL."""


def up(db):
    from desk_app.core import audit, row_images

    for model in row_images.business_models():
        s = row_images.shape(model)
        if not db.table_exists(s.table):
            continue
        cur = db.execute_sql(f'{s.select_sql} ORDER BY "{s.pk}"')
        while True:
            rows = cur.fetchmany(5000)
            if not rows:
                break
            audit.append_many(
                [
                    (
                        "migration-0011",
                        row_images.BASELINE,
                        s.table,
                        row_images.entity_id(r[s.pk_index]),
                        s.text(r),
                    )
                    for r in rows
                ]
            )
