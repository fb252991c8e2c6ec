"""The domain: models, the regulation as data, workflow, deadlines, audit. No Qt here."""
