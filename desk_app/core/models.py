"""Peewee models: personal registration cards, applications, steps, movements, audit.

Bound to `database`, a proxy that `db.init_db(url)` points at SQLite or PostgreSQL.
Times are naive office-local datetimes, whole seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import peewee as pw

database = pw.DatabaseProxy()

# The after-image writer (row_images.py) puts itself here when it is imported, which the
# package's __init__ does: models import nothing of the layers above them.
IMAGER: Any = None


def _imager() -> Any:
    if IMAGER is None:  # a write before desk_app.core was imported whole: never silently unimaged
        raise RuntimeError("desk_app.core.row_images is not installed")
    return IMAGER


class _ImagedUpdate(pw.ModelUpdate):
    def _execute(self, db: pw.Database) -> object:
        run = pw.ModelUpdate._execute  # type: ignore[attr-defined]
        if not getattr(self.model, "_imaged", False):
            return run(self, db)
        return _imager().run_update(self, lambda: run(self, db))


class _ImagedInsert(pw.ModelInsert):
    def _execute(self, db: pw.Database) -> object:
        run = pw.ModelInsert._execute  # type: ignore[attr-defined]
        if not getattr(self.model, "_imaged", False):
            return run(self, db)
        return _imager().run_insert(self, lambda: run(self, db))


class _ImagedDelete(pw.ModelDelete):
    def _execute(self, db: pw.Database) -> object:
        run = pw.ModelDelete._execute  # type: ignore[attr-defined]
        if not getattr(self.model, "_imaged", False):
            return run(self, db)
        return _imager().run_delete(self, lambda: run(self, db))


class BaseModel(pw.Model):
    """Every write through a model leaves the rows' after-images in the audit chain, in the
    same transaction (row_images.py); `_imaged = False` for the log itself and bookkeeping."""

    _imaged = True

    if TYPE_CHECKING:
        # Peewee's metaclass adds the primary key `id` (and `<fk>_id` for each foreign key,
        # declared below per model) at run time, where its stubs cannot see them.
        id = pw.AutoField()

    class Meta:
        database = database
        legacy_table_names = False

    if not TYPE_CHECKING:  # the checker keeps peewee's own signatures: these only wrap them
        # save, create, delete_instance, replace, bulk_create all come through these
        @classmethod
        def update(cls, __data=None, **update):
            return _ImagedUpdate(cls, cls._normalize_data(__data, update))

        @classmethod
        def insert(cls, __data=None, **insert):
            return _ImagedInsert(cls, cls._normalize_data(__data, insert))

        @classmethod
        def insert_many(cls, rows, fields=None):
            return _ImagedInsert(cls, insert=rows, columns=fields)

        @classmethod
        def insert_from(cls, query, fields):
            columns = [getattr(cls, f) if isinstance(f, str) else f for f in fields]
            return _ImagedInsert(cls, insert=query, columns=columns)

        @pw.classmethod_only
        def delete(cls):
            return _ImagedDelete(cls)


class User(BaseModel):
    login = pw.CharField(unique=True, max_length=64)
    surname = pw.CharField(max_length=100)
    name = pw.CharField(max_length=100)
    patronymic = pw.CharField(max_length=100, default="")
    roles = pw.CharField(max_length=200)  # comma-separated role codes
    pin_hash = pw.CharField(max_length=200)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in self.roles.split(",") if r)

    def has_role(self, role: str) -> bool:
        return role in self.role_set

    @property
    def short_name(self) -> str:
        return f"{self.surname} {self.name}".strip()

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


class Person(BaseModel):
    """Дербес есепке алу карточкасы — the personal registration card."""

    iin = pw.CharField(unique=True, max_length=12)
    surname = pw.CharField(max_length=100)
    name = pw.CharField(max_length=100)
    patronymic = pw.CharField(max_length=100, default="")
    # Folded forms for case-insensitive, Kazakh-aware search (see names.fold).
    surname_key = pw.CharField(max_length=100, index=True)
    name_key = pw.CharField(max_length=320, index=True)
    birth_date = pw.DateField()
    sex = pw.CharField(max_length=1)
    address = pw.CharField(max_length=300, default="")
    phone = pw.CharField(max_length=40, default="")
    # Service 1: the unemployed.
    education = pw.CharField(max_length=200, default="")
    profession = pw.CharField(max_length=200, default="")
    last_employment = pw.CharField(max_length=300, default="")
    # Services 3-4: disabled persons.
    disability_group = pw.IntegerField(null=True)
    disability_cause = pw.CharField(max_length=40, default="")  # general, work_injury, occupational
    employer = pw.CharField(max_length=300, default="")
    rehab_items = pw.TextField(default="")
    contraindications = pw.TextField(default="")
    # Service 2: the one-time state compensation, paid once.
    compensation_paid_on = pw.DateField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


class NuclearPeriod(BaseModel):
    """A period of residence, work or service near the Semipalatinsk test site."""

    person = pw.ForeignKeyField(Person, backref="nuclear_periods", on_delete="CASCADE")
    kind = pw.CharField(max_length=20)  # resided, worked, served
    place = pw.CharField(max_length=200)
    district = pw.CharField(max_length=200, default="")
    zone = pw.CharField(max_length=20)  # extreme, maximal, increased, minimal, preferential
    date_from = pw.DateField()
    date_to = pw.DateField(null=True)
    category = pw.CharField(max_length=100, default="")


class Application(BaseModel):
    if TYPE_CHECKING:
        person_id: int
        executor_id: int | None
        accepted_by_id: int

    number = pw.CharField(unique=True, max_length=20)
    year = pw.IntegerField()
    seq = pw.IntegerField()
    service = pw.IntegerField()
    channel = pw.CharField(max_length=10)  # center, direct
    wording = pw.CharField(max_length=60)
    person = pw.ForeignKeyField(Person, backref="applications", on_delete="RESTRICT")
    submitted_at = pw.DateTimeField(index=True)
    term_due_at = pw.DateTimeField()  # the applicant's term (deadlines.term_due)
    result_due_at = pw.DateTimeField(null=True)  # the date printed for the applicant
    # R2 p.10: a defective package goes back on a short term of its own, set when marked.
    notice_due_at = pw.DateTimeField(null=True)
    state = pw.CharField(max_length=30, index=True)
    current_step = pw.IntegerField(null=True)
    prepared_result = pw.CharField(max_length=20, null=True)  # draft before the head signs
    result = pw.CharField(max_length=20, null=True)  # notification, decision, refusal
    refusal_reasoning = pw.TextField(default="")
    executor = pw.ForeignKeyField(User, null=True, backref="assigned", on_delete="RESTRICT")
    accepted_by = pw.ForeignKeyField(User, backref="accepted", on_delete="RESTRICT")
    place_of_issue = pw.CharField(max_length=300, default="")
    closed_at = pw.DateTimeField(null=True)
    issued_at = pw.DateTimeField(null=True)
    issued_to = pw.CharField(max_length=300, default="")
    # R1 p.11(4): how and when the executor told the applicant of the result.
    informed_at = pw.DateTimeField(null=True)
    informed_how = pw.CharField(max_length=20, default="")  # in_person, phone, letter
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("year", "seq"), True), (("state", "current_step"), False))


class AttachedDocument(BaseModel):
    if TYPE_CHECKING:
        application_id: int

    application = pw.ForeignKeyField(Application, backref="documents", on_delete="CASCADE")
    code = pw.CharField(max_length=60, null=True)  # null for a document outside the list
    title = pw.CharField(max_length=400)


class RefusalGround(BaseModel):
    if TYPE_CHECKING:
        application_id: int

    application = pw.ForeignKeyField(Application, backref="grounds", on_delete="CASCADE")
    code = pw.CharField(max_length=60)


class Step(BaseModel):
    """One regulation step taken on an application."""

    if TYPE_CHECKING:
        application_id: int
        user_id: int | None

    application = pw.ForeignKeyField(Application, backref="steps", on_delete="CASCADE")
    no = pw.IntegerField()
    role = pw.CharField(max_length=30)
    user = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    started_at = pw.DateTimeField()
    due_at = pw.DateTimeField(null=True, index=True)
    completed_at = pw.DateTimeField(null=True)
    counted = pw.BooleanField()
    outcome = pw.CharField(max_length=30, default="")
    note = pw.TextField(default="")


class Movement(BaseModel):
    """A barcode scan of the paper file between the Center and the authorized body."""

    if TYPE_CHECKING:
        application_id: int
        user_id: int

    application = pw.ForeignKeyField(Application, backref="movements", on_delete="CASCADE")
    kind = pw.CharField(max_length=30)  # sent_to_body, received_by_body, result_at_center
    role = pw.CharField(max_length=30)
    user = pw.ForeignKeyField(User, on_delete="RESTRICT")
    at = pw.DateTimeField()
    payload = pw.CharField(max_length=200, default="")


class AuditLog(BaseModel):
    """Append-only; each row's hash covers the previous row's hash."""

    _imaged = False

    at = pw.DateTimeField()
    user = pw.CharField(max_length=64)
    action = pw.CharField(max_length=60)
    entity = pw.CharField(max_length=40)
    entity_id = pw.CharField(max_length=40)
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)


class CalendarEdit(BaseModel):
    """A day the office declares off (working=False) or working (working=True)."""

    day = pw.DateField(unique=True)
    working = pw.BooleanField()
    note = pw.CharField(max_length=200, default="")
    user = pw.CharField(max_length=64)
    at = pw.DateTimeField()


class OfficeSetting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=60)
    value = pw.TextField()


class SchemaMigration(BaseModel):
    _imaged = False  # bookkeeping; `check` compares it with the migrations on disk
    version = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=100)
    applied_at = pw.DateTimeField()


CORE_MODELS = [
    User,
    Person,
    NuclearPeriod,
    Application,
    AttachedDocument,
    RefusalGround,
    Step,
    Movement,
    AuditLog,
    CalendarEdit,
    OfficeSetting,
]


class Complaint(BaseModel):
    """A complaint of the applicant on any question of the service (R1-R4 p.18), tied to its
    application. Created by migration 0008, not by 0001 (not in CORE_MODELS)."""

    if TYPE_CHECKING:
        application_id: int
        answered_by_id: int | None
        recorded_by_id: int

    application = pw.ForeignKeyField(Application, backref="complaints", on_delete="CASCADE")
    received_on = pw.DateField()
    from_whom = pw.CharField(max_length=300)
    subject = pw.TextField()
    addressee = pw.CharField(max_length=300, default="")
    answer_due_at = pw.DateTimeField(null=True)  # received_on + the wording's complaint term
    answer = pw.TextField(default="")
    answered_on = pw.DateField(null=True)
    answered_by = pw.ForeignKeyField(User, null=True, backref="complaints_answered", on_delete="RESTRICT")
    recorded_by = pw.ForeignKeyField(User, backref="complaints_recorded", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The query's rows as plain tuples (`query.tuples()`): peewee's stubs type them as models."""
    return cast("Iterator[tuple[Any, ...]]", iter(query.tuples()))


def dicts(query: Any) -> Iterator[dict[str, Any]]:
    """The query's rows as dicts by column name (`query.dicts()`), typed likewise."""
    return cast("Iterator[dict[str, Any]]", iter(query.dicts()))
