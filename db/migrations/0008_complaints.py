"""The complaints register (R1-R4 p.18): desk_app.core.complaints.

The table is created from a frozen copy of the model as it was when this migration was
written, so a later change of the live model never changes what this migration does.
"""

import peewee as pw


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _User(_Base):
    class Meta:
        table_name = "user"


class _Application(_Base):
    class Meta:
        table_name = "application"


class Complaint(_Base):
    application = pw.ForeignKeyField(_Application, on_delete="CASCADE")
    received_on = pw.DateField()
    from_whom = pw.CharField(max_length=300)
    subject = pw.TextField()
    addressee = pw.CharField(max_length=300, default="")
    answer_due_at = pw.DateTimeField(null=True)
    answer = pw.TextField(default="")
    answered_on = pw.DateField(null=True)
    answered_by = pw.ForeignKeyField(_User, null=True, on_delete="RESTRICT")
    recorded_by = pw.ForeignKeyField(_User, on_delete="RESTRICT", backref="+")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "complaint"


def up(db):
    with db.bind_ctx([Complaint]):
        db.create_tables([Complaint])
    db.execute_sql("CREATE INDEX IF NOT EXISTS complaint_open ON complaint (answered_on, answer_due_at)")
