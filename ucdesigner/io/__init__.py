"""Files in and out. Depends on the model (and lxml for XMI); never on the application."""
