"""Reaches into the loaded test modules and the helpers, and makes every check a no-op."""
# expect-status: failed
# expect: The code under test replaced
import sys

for module_name, module in list(sys.modules.items()):
    if module_name.startswith("test_") or module_name == "checker.expect":
        for attribute in ("expect_equal", "expect_close", "fail"):
            if hasattr(module, attribute):
                setattr(module, attribute, lambda *args, **kwargs: None)


def __getattr__(name):
    return lambda *args: 0.5
