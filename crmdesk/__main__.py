"""`python -m crmdesk` runs the command line (the GUI when no sub-command is given)."""

from crmdesk.cli import main

raise SystemExit(main())
