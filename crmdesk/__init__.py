"""crmdesk: the customer-service workstation for 単品リピート通販 call centers."""

__version__ = "0.1.0"
