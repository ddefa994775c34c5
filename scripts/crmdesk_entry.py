"""Entry script of the PyInstaller bundle (build.spec): the `crmdesk` command."""

from crmdesk.cli import main

raise SystemExit(main())
