#!/usr/bin/env python3
"""Signs in to the https sandbox with Microsoft's MSAL for Python, a client nobody here wrote.

Device-code flow for ARM, approved the way a person would (the sandbox's /devicelogin form,
over HTTPS), then a Microsoft Graph token from the refresh token (acquire_token_silent), then
one call each to ARM and Graph with those tokens. The only trust given is the certificate the
sandbox generated and printed (REQUESTS_CA_BUNDLE), exactly as README tells a user to do.

Usage: msal_signin.py PATH-TO-creditdesk-sandbox
Exit 77 (ctest SKIP_RETURN_CODE) when python3-msal is not installed.
"""

import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request

SKIP = 77

try:
    import msal
except ImportError:
    print("SKIP: the msal module is missing (Debian package python3-msal)")
    sys.exit(SKIP)

CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"  # the Azure CLI's public client id
ARM_SCOPE = "https://management.azure.com/user_impersonation"
GRAPH_SCOPE = "https://graph.microsoft.com/User.Read"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def start_sandbox(executable, data_dir):
    process = subprocess.Popen(
        [executable, "--tls", "--port", "0", "--data-dir", data_dir, "--device-code-interval", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    certificate = None
    # Reading lines blocks; a watchdog kills a sandbox that never says where it listens.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            print("sandbox: " + line.rstrip())
            found = re.match(r"^tls certificate: (.+)$", line.rstrip())
            if found:
                certificate = found.group(1)
            found = re.match(r"^listening on (https://127\.0\.0\.1:\d+)$", line.rstrip())
            if found:
                return process, found.group(1), certificate
    finally:
        watchdog.cancel()
    fail("the sandbox exited without a 'listening on https://...' line (rc %s)" % process.wait())


def approve_device_code(verification_uri, certificate, user_code):
    """Opens the verification page, types the user code into its form and presses Continue."""
    context = ssl.create_default_context(cafile=certificate)
    page = urllib.request.urlopen(verification_uri, context=context, timeout=30).read().decode()
    form = re.search(r'<form method="post" action="([^"]+)">', page)
    if not form or 'name="user_code"' not in page:
        fail("the verification page has no user code form")
    action = urllib.parse.urljoin(verification_uri, form.group(1))
    body = urllib.parse.urlencode({"user_code": user_code}).encode()
    answer = urllib.request.urlopen(urllib.request.Request(action, data=body, method="POST"),
                                    context=context, timeout=30)
    if answer.status != 200 or "You have signed in" not in answer.read().decode():
        fail("approving the device code did not sign in (%d)" % answer.status)


def call(url, token, certificate):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    context = ssl.create_default_context(cafile=certificate)
    with urllib.request.urlopen(request, context=context, timeout=30) as response:
        return response.status, json.loads(response.read().decode())


def main():
    if len(sys.argv) != 2:
        fail("usage: msal_signin.py PATH-TO-creditdesk-sandbox")
    with tempfile.TemporaryDirectory() as data_dir:
        process, base, certificate = start_sandbox(sys.argv[1], data_dir)
        try:
            run(base, certificate)
        finally:
            process.terminate()
            process.wait(timeout=30)
    print("PASS: MSAL %s signed in over https (device code), then Graph from the refresh token" % msal.__version__)


def run(base, certificate):
    if not certificate or not os.path.isfile(certificate):
        fail("the sandbox printed no usable 'tls certificate:' line")
    os.environ["REQUESTS_CA_BUNDLE"] = certificate

    context = ssl.create_default_context(cafile=certificate)
    info = json.loads(urllib.request.urlopen(base + "/sandbox/info", context=context, timeout=30).read())
    authority = base + "/" + info["tenantId"]

    # The sandbox is no Microsoft host: instance discovery would ask login.microsoftonline.com.
    app = msal.PublicClientApplication(CLIENT_ID, authority=authority, validate_authority=False)

    flow = app.initiate_device_flow(scopes=[ARM_SCOPE])
    if "user_code" not in flow:
        fail("initiate_device_flow: %s" % json.dumps(flow))
    if not flow["verification_uri"].startswith(base + "/"):
        fail("verification_uri %s does not name %s" % (flow["verification_uri"], base))
    approve_device_code(flow["verification_uri"], certificate, flow["user_code"])
    arm = app.acquire_token_by_device_flow(flow)
    if "access_token" not in arm:
        fail("acquire_token_by_device_flow: %s" % json.dumps(arm))
    if "refresh_token" not in arm:
        fail("the device-code answer carries no refresh token")
    if arm.get("id_token_claims", {}).get("preferred_username") != info["userPrincipalName"]:
        fail("signed in as %s, expected %s" % (arm.get("id_token_claims"), info["userPrincipalName"]))

    accounts = app.get_accounts()
    if len(accounts) != 1:
        fail("expected one account in MSAL's cache, found %d" % len(accounts))
    # Keyed by client_info (uid.utid) as with Entra ID, not by MSAL's fallback to the sub claim.
    expected_home = "%s.%s" % (arm["id_token_claims"].get("oid"), info["tenantId"])
    if accounts[0].get("home_account_id") != expected_home:
        fail("home_account_id %s, expected %s" % (accounts[0].get("home_account_id"), expected_home))
    graph = app.acquire_token_silent([GRAPH_SCOPE], account=accounts[0])
    if not graph or "access_token" not in graph:
        fail("acquire_token_silent for Graph: %s" % json.dumps(graph))
    if graph["access_token"] == arm["access_token"]:
        fail("the Graph token is the ARM token")

    status, me = call(base + "/v1.0/me", graph["access_token"], certificate)
    if status != 200 or me.get("userPrincipalName") != info["userPrincipalName"]:
        fail("GET /v1.0/me answered %d %s" % (status, json.dumps(me)))
    status, accounts_page = call(
        base + "/providers/Microsoft.Billing/billingAccounts?api-version=2024-04-01", arm["access_token"],
        certificate)
    if status != 200 or not accounts_page.get("value"):
        fail("GET billingAccounts answered %d" % status)
    next_link = accounts_page.get("nextLink")
    if next_link and not next_link.startswith(base + "/"):
        fail("nextLink %s does not name %s" % (next_link, base))


if __name__ == "__main__":
    main()
