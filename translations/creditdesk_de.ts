<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArmErrors</name>
    <message>
        <location filename="../app/azure/armerror.cpp" line="94"/>
        <source>Details: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="102"/>
        <source>the sign-in was not accepted or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="104"/>
        <source>access was denied; you need a billing reader role (or Reader on the credit resource) to read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="106"/>
        <source>access was denied; you need a billing reader role on %1 (or Reader on the credit resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="111"/>
        <source>it was not found, or the signed-in account cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="112"/>
        <source>%1 was not found, or the signed-in account cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="115"/>
        <source>the service is throttling requests. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="117"/>
        <source>the service took too long to answer (HTTP %1). Try again later, or ask for a shorter date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="122"/>
        <source>the service had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="174"/>
        <source>The service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="180"/>
        <source>the service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="183"/>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="185"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armerror.cpp" line="187"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmParsers</name>
    <message>
        <location filename="../app/azure/armparsers.cpp" line="351"/>
        <source>HTTP status %1 is not a balance summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/clioptions.cpp" line="14"/>
        <source>CreditDesk command-line companion: Azure credit lots, balances and partner benefit credits.
Exit codes: 0 ok, 1 usage error, 2 failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="19"/>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="23"/>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="35"/>
        <source>Unknown command &quot;%1&quot;. Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <location filename="../app/auth/cloud.cpp" line="47"/>
        <source>Microsoft Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="48"/>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="49"/>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="50"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="51"/>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="106"/>
        <source>Unknown cloud &quot;%1&quot;. Use public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="112"/>
        <source>&quot;%1&quot; is not a valid service URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/cloud.cpp" line="117"/>
        <source>&quot;%1&quot; must use https; plain http is allowed only for loopback addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::ArmClient</name>
    <message>
        <location filename="../app/azure/armclient.cpp" line="154"/>
        <location filename="../app/azure/armclient.cpp" line="245"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="183"/>
        <source>Could not %1 for %2: the answer was cut short (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="261"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::LotDiscovery</name>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="71"/>
        <source>list billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="71"/>
        <source>your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="84"/>
        <source>billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="102"/>
        <location filename="../app/services/lotdiscovery.cpp" line="137"/>
        <source>billing account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="106"/>
        <source>list billing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="125"/>
        <source>billing profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="141"/>
        <source>list customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="160"/>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/lotdiscovery.cpp" line="194"/>
        <source>list credit lots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::LotTableModel</name>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="13"/>
        <source>Purchased credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="14"/>
        <source>Promotional credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="15"/>
        <source>Consumption commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="25"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="26"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="27"/>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="28"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="29"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="74"/>
        <source>Estimated: the balance may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="76"/>
        <source>Balance as of the last invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="140"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="141"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="142"/>
        <source>Billing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="143"/>
        <source>Original amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="144"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="145"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="146"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="147"/>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="148"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Sign in with a device code (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Load the credit lots of every billing scope (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Stop what is loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Billing scopes loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%v of %m scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Sign in to see your Azure credit lots.

Press Sign in (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Loading credit lots from your billing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>No credit lots were found in the billing accounts you can read.

Credits can take up to 24 hours to appear. You need a billing reader role on the billing profile or account. Press Refresh (F5) to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>To sign in, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Some billing scopes could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::TokenClient</name>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="95"/>
        <source>Could not reach the sign-in service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="99"/>
        <source>The sign-in service refused to start a device sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="113"/>
        <source>The sign-in service sent an incomplete device code answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="127"/>
        <location filename="../app/auth/tokenclient.cpp" line="155"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="140"/>
        <source>Renewing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="167"/>
        <source>%1 failed: could not reach the sign-in service (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="169"/>
        <source>%1 failed: the sign-in service sent an unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="175"/>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="177"/>
        <source>Waiting for you to finish signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="179"/>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="181"/>
        <source>The sign-in code has expired. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="183"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/tokenclient.cpp" line="197"/>
        <source>%1 failed: the sign-in service sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Workspace</name>
    <message>
        <location filename="../app/services/workspace.cpp" line="26"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="33"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="53"/>
        <source>Finding billing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="55"/>
        <source>Loading credit lots: %1 of %2 billing scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="68"/>
        <source>Credit lots loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="70"/>
        <source>Credit lots loaded: %1. Billing scopes that could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="73"/>
        <source>Refresh cancelled. Credit lots shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="88"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="95"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="102"/>
        <source>Sign in to load your credits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <location filename="../app/auth/devicecodeflow.cpp" line="58"/>
        <source>The sign-in code has expired. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="42"/>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="65"/>
        <source>You are not signed in. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="41"/>
        <source>Track and assign Microsoft partner Azure credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="45"/>
        <source>Start the built-in sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="46"/>
        <source>Seed of the sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="49"/>
        <source>Where the sandbox keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="50"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="53"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="91"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="92"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="110"/>
        <source>No application (client) id is configured. Start with --client-id &lt;id&gt;, or try everything with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
