"""The domain: models, the regulation as data, workflow, deadlines, audit. No Qt here.

Importing the package registers every model and the after-image hook on them: the audit
chain (which binds row_images) and the modules that hold models outside models.py.
"""

from desk_app.documents import journal  # noqa: F401  (printed papers' models)

from . import absence, audit, id_documents, overrides, scan_log  # noqa: F401
