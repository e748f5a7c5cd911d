"""The kata checker: runs each kata's tests in isolation and reports progress.

Modules, one job each:
    curriculum   reads katas/katas.toml, the single list of katas
    expect       what kata tests use: load the implementation, call it, explain mistakes
    pytest_plugin  runs inside each kata's pytest process and records what happened
    runner       starts those processes, enforces limits, turns records into results
    results      the result model and its JSON form
    report       what the terminal shows
    cli          `python -m checker ...`
"""
