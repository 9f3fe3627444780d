"""Running child processes: run, call, check_call, check_output, getoutput, Popen.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name, over the builtin _subprocess (java.lang.ProcessBuilder). A
child runs to completion when it is started (Popen included): its output is collected and, when
not captured, written to sys.stdout/sys.stderr, so it appears in order with what Python printed.
Interactive use of a running child (writing to its stdin over time, reading as it goes) is not
offered.
"""

import os
import sys
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output', 'getoutput',
           'getstatusoutput', 'run', 'CalledProcessError', 'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A child exited with a non-zero status under check=True."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The child did not finish within the timeout (it has been killed)."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell, executable):
    if shell:
        command = args if isinstance(args, str) else ' '.join(os.fspath(a) for a in args)
        return [executable or '/bin/sh', '-c', command]
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        args = [args]
    argv = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a) for a in args]
    if executable is not None:
        argv[0] = executable
    return argv


def _decode(data, text, encoding, errors):
    if data is None or not text:
        return data
    data = data.decode(encoding or 'utf-8', errors or 'strict')
    return data.replace('\r\n', '\n').replace('\r', '\n')


class Popen:
    """A child process, run to completion when made; communicate() gives its collected output."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, group=None,
                 extra_groups=None, user=None, umask=-1, encoding=None, errors=None, text=None, pipesize=-1,
                 process_group=None, _input=None, _timeout=None):
        self.args = args
        self._text = bool(text or universal_newlines or encoding or errors)
        self._encoding = encoding
        self._errors = errors
        if stdin not in (None, PIPE, DEVNULL) and _input is None and hasattr(stdin, 'read'):
            _input = stdin.read()
        if isinstance(_input, str):
            _input = _input.encode(encoding or 'utf-8', errors or 'strict')
        env_map = None if env is None else {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        cwd = None if cwd is None else os.fsdecode(os.fspath(cwd))
        flush = getattr(sys.stdout, 'flush', None)
        if flush is not None:
            flush()
        code, out, err = _subprocess.run(_argv(args, shell, executable), cwd, env_map, _input,
                                         stderr == STDOUT, _timeout)
        self.returncode = code
        self.pid = 0
        self._out = self._route(out, stdout, sys.stdout)
        self._err = self._route(err, stderr, sys.stderr) if stderr != STDOUT else None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        if code is None:
            raise TimeoutExpired(args, _timeout, self._out, self._err)

    def _route(self, data, where, default):
        if data is None:
            return None
        if where == PIPE:
            return _decode(data, self._text, self._encoding, self._errors)
        if where == DEVNULL:
            return None
        target = default if where is None else where
        if data:
            if hasattr(target, 'buffer'):
                target.flush()
                target.buffer.write(data) if hasattr(target.buffer, 'write') else target.write(data.decode())
                target.flush()
            elif hasattr(target, 'mode') and 'b' in getattr(target, 'mode', ''):
                target.write(data)
            else:
                target.write(data.decode('utf-8', 'replace'))
        return None

    def communicate(self, input=None, timeout=None):
        return self._out, self._err

    def wait(self, timeout=None):
        return self.returncode

    def poll(self):
        return self.returncode

    def kill(self):
        pass

    def terminate(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command and returns a CompletedProcess; CalledProcessError with check=True."""
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    process = Popen(*popenargs, _input=input, _timeout=timeout, **kwargs)
    stdout, stderr = process.communicate()
    retcode = process.returncode
    if check and retcode:
        raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    return Popen(*popenargs, _timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
