"""Written by scripts/compile_templates.py: what the templates were compiled from."""

JINJA_VERSION = "3.1.6"
SOURCES = {
    "body.html": "28456001cda7c0a77c0050dfdf72c1bf5aec1c53f39bfb4ecbc9c8993a78705d",
    "comparison.html": "36d4b9610ef848e7da8802ac87ad6ed5752b6b474146b7ec2f3b5134967799ee",
    "document.html": "4dc41cf7a929a946ba62340ff1842d62c3c9ab03ff455960e2867691edb70322",
    "exercise.html": "3bf9b07774a14baf02098c68c7eb368058cee977372e882ed6a8930aceec0afb",
    "macros.html": "380a961bc831d44fc42d4d6a833d1aadeae3bddd24655d11185021f90e5fc1e2",
    "overview.html": "11316509b899cfc8d9d383329520088fb2405ca3a5c38adda897e9fc60a3df84",
    "page.html": "6b5033f5c5a713d58c371f40cd4e582d9b36960dc9b0d52b909532913a80edc2",
    "source.html": "4a02c9ef6170b1852a64178b337756bd3b06b81b6586084bf053dd32ec404060",
    "state.html": "2c67063b89f5fd288f28d98fae8f61179ec6439a1772cb3013b085d123107393",
    "summit.html": "52d99541eb0ca9c9131f6165358d08c9ec13b62bc5c7bfe57af97323414256f3",
}
