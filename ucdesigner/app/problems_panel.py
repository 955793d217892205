"""placeholder"""


def install(window) -> None:
    """Nothing yet."""
