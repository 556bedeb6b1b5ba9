"""Runs the aws CLI v2 many times from one interpreter, each run a fork.

Started by test_awscli_v2.py with the interpreter named on the first line of
the `aws` script, and that script's path as its argument. It loads the
script as a module (running its imports, which take most of the CLI's start
time), then reads one JSON request a line on stdin:

    {"args": [...], "env": {...}, "cwd": "...", "stdin": PATH, "stdout": PATH, "stderr": PATH}

and for each forks a child that takes that environment, directory and those
three files as its own, and runs the script's main() as `aws ARGS...` would.
The parent answers `{"exit": N}` when the child ends.

Each run starts from the parent's state, which is modules and nothing else,
so no run sees another's. To keep runs short the parent imports the modules
a run needed beyond its own (the child names them on a pipe), and reads the
Linux distribution the CLI puts in its user agent once: both are the same
for every run. The parent checks that it still has one thread, as a fork
needs.
"""

import importlib.machinery
import importlib.util
import json
import os
import sys
import time


def load_script(path):
    loader = importlib.machinery.SourceFileLoader("aws_cli_script", path)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def exit_status(code):
    """The process status that `sys.exit(code)` gives."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def child(script, data_path, request, names):
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    # `import awscli` read AWS_DATA_PATH and appended its own data folder.
    os.environ["AWS_DATA_PATH"] = data_path
    time.tzset()
    for fd, name, flags in (
        (0, "stdin", os.O_RDONLY),
        (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(request[name], flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.argv = ["aws", *request["args"]]
    before = set(sys.modules)
    status = 255
    try:
        status = exit_status(script.main())
    except SystemExit as e:
        status = exit_status(e.code)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        with os.fdopen(names, "w", encoding="utf-8") as pipe:
            pipe.write("\n".join(sorted(set(sys.modules) - before)))
        os._exit(status)


def warm_up(names):
    """Imports modules a run imported, and reads what the CLI caches about the
    machine, so that later runs find them done."""
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            pass  # a module only its run could import (__mp_main__, say)
    if "distro" in sys.modules:
        sys.modules["distro"].id()
        sys.modules["distro"].major_version()
    threads = os.listdir("/proc/self/task")
    assert len(threads) == 1, f"the runner has {len(threads)} threads after importing {names}"


def main():
    # Loading the script as a module would otherwise cache its bytecode
    # beside it, in /usr/bin/__pycache__.
    sys.dont_write_bytecode = True
    script = load_script(sys.argv[1])
    data_path = os.environ.get("AWS_DATA_PATH", "")
    # The requests and answers use copies of fds 0 and 1: a child replaces
    # 0, 1 and 2 with its own files and closes these copies.
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    for line in requests:
        request = json.loads(line)
        read_names, write_names = os.pipe()
        pid = os.fork()
        if pid == 0:
            requests.close()
            answers.close()
            os.close(read_names)
            child(script, data_path, request, write_names)
        os.close(write_names)
        # Read to the end before waiting, so a long list cannot block the child.
        with os.fdopen(read_names, "r", encoding="utf-8") as pipe:
            names = pipe.read().split()
        _, status = os.waitpid(pid, 0)
        warm_up(names)
        answers.write(json.dumps({"exit": os.waitstatus_to_exitcode(status)}) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
