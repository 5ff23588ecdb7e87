"""Start the moto ECR emulator on a free loopback port for one test process.

Prints the port on the first line, then serves until its standard input closes, which happens
when the test process that started it exits, however it exits. No port is ever guessed.
"""
import logging
import sys

try:
    from moto.server import ThreadedMotoServer
except ImportError:
    print("missing", flush=True)
    sys.exit(3)

logging.getLogger("werkzeug").setLevel(logging.ERROR)
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)
sys.stdin.read()
