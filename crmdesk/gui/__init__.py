"""The desktop app: Qt widgets, item models and dialogs over the services.

Views are thin: they wire signals, call services through :class:`crmdesk.gui.tasks.TaskRunner`
(off the GUI thread) and render the frozen read models that come back. Nothing here imports
``crmdesk.store``, holds a Session or commits. :mod:`crmdesk.gui.app` is the composition root.
Layouts live in ``ui/*.ui`` and are compiled into :mod:`crmdesk.gui.forms` by
``scripts/build_forms.py``.
"""
