"""The desktop application: windows, panels, actions, settings, autosave."""
