# expect: POLICY_VIOLATION
# about: open a network connection

import socket
socket.create_connection(('example.com', 80))
