import subprocess, sys
print('before')
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True, text=True)
print(repr(r.stdout), r.returncode, r.stderr, r)
print(subprocess.check_output(['printf', 'a\\nb']), subprocess.check_output('echo $((2+3))', shell=True, text=True))
print(subprocess.run(['cat'], input=b'piped in', capture_output=True).stdout, subprocess.run('echo err >&2; exit 3', shell=True, capture_output=True))
subprocess.run(['echo', 'to stdout directly'])
print('after direct')
print(subprocess.call(['sh', '-c', 'exit 5']), subprocess.getoutput('echo hi; echo there'), subprocess.getstatusoutput('false'))
print(subprocess.run('echo both; echo e >&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout.strip(), subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'}, capture_output=True, text=True).stdout.strip())
for bad in [lambda: subprocess.run(['false'], check=True), lambda: subprocess.run(['definitely-not-a-program-xyz']), lambda: subprocess.run(['sleep', '5'], timeout=0.25), lambda: subprocess.check_call(['sh', '-c', 'exit 2'])]:
    try:
        bad()
    except subprocess.TimeoutExpired as e:
        print(type(e).__name__, e.cmd, e.timeout > 0)
    except (subprocess.SubprocessError, OSError) as e:
        print(type(e).__name__, e)
with subprocess.Popen(['echo', 'popen'], stdout=subprocess.PIPE) as p:
    out, err = p.communicate()
print(out, err, p.returncode, p.wait())
