"""Alembic migrations of the local cache, run by ``merchant_app.store.open_cache`` at start-up.

``python -m merchant_app.store.migrations new-revision MESSAGE`` writes the next one. This is a
package (not just a folder) so that it ships inside the installed package; a PyInstaller bundle
must collect it as data files with the ``.py`` sources, since Alembic reads them from disk.
"""
