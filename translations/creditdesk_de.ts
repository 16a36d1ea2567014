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
    <name>CreditDesk::AccountManager</name>
    <message>
        <location filename="../app/auth/accountmanager.cpp" line="94"/>
        <source>Could not restore the sign-in of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/accountmanager.cpp" line="99"/>
        <source>The saved sign-in of %1 is no longer available. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/accountmanager.cpp" line="106"/>
        <source>The sign-in was closed before it could be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/accountmanager.cpp" line="149"/>
        <source>You are signed out, but the saved sign-in could not be deleted from the secret store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::ArmClient</name>
    <message>
        <location filename="../app/azure/armclient.cpp" line="69"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="70"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="222"/>
        <source>the service did not answer in time (waited %1 s per attempt; attempts: %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="225"/>
        <source>the connection failed (%1; attempts: %2). Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="276"/>
        <source>the answer was cut short (%1; attempts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="435"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::AzureApi</name>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="73"/>
        <source>billing account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="78"/>
        <source>billing profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="84"/>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="89"/>
        <source>subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="114"/>
        <source>Azure Resource Manager is not available: the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="176"/>
        <location filename="../app/azure/azureapi.cpp" line="304"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="196"/>
        <source>list billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="196"/>
        <location filename="../app/azure/azureapi.cpp" line="371"/>
        <source>the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="210"/>
        <source>list billing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="225"/>
        <source>list customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="257"/>
        <source>list credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="296"/>
        <source>list credit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="299"/>
        <source>both a start date and an end date are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="301"/>
        <source>the end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="341"/>
        <source>read the credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="350"/>
        <source>read the prepayment balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="361"/>
        <source>read the prepayment balance of period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="371"/>
        <source>list subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="386"/>
        <location filename="../app/azure/azureapi.cpp" line="397"/>
        <source>list credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="397"/>
        <source>resource group %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="409"/>
        <source>list credit transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="410"/>
        <source>credit %1 in resource group %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::BillingScopeModel</name>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="9"/>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="10"/>
        <source>Billing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="11"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="69"/>
        <source>After billed and pending transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="71"/>
        <source>As of the last invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="97"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="98"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="99"/>
        <source>Estimated balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="100"/>
        <source>Current balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/billingscopemodel.cpp" line="101"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::BrowserSignIn</name>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="70"/>
        <source>The browser sign-in did not finish within %1 minutes. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="72"/>
        <source>The browser sign-in did not finish within %1 seconds. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="99"/>
        <source>Could not open a local port to receive the sign-in answer from the browser. Use the device code sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="104"/>
        <source>Waiting for the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="105"/>
        <source>CreditDesk is waiting for the sign-in to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="155"/>
        <source>The browser sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="164"/>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="165"/>
        <source>This sign-in is already finished. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="178"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="179"/>
        <source>This answer does not belong to the sign-in CreditDesk started, so it was refused. Return to CreditDesk and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="181"/>
        <source>The browser&apos;s sign-in answer did not belong to this sign-in (state mismatch) and was refused. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="191"/>
        <source>The sign-in was cancelled in the browser or access was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="192"/>
        <source>The sign-in service refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="193"/>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="194"/>
        <location filename="../app/auth/browsersignin.cpp" line="200"/>
        <source>You can close this tab and return to CreditDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/browsersignin.cpp" line="199"/>
        <source>You are signed in to CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Cli</name>
    <message>
        <location filename="../cli/clioptions.cpp" line="18"/>
        <source>Commands:
  login [--browser]     sign in (device code; --browser for the system browser)
  logout [--all]        sign out and remove the stored sign-in
  whoami                the account in use
  accounts              the signed-in accounts
  lots                  credit lots (all billing scopes unless one is given)
  events                balance events of a billing profile (--from/--to required)
  balance               credit balance summary per billing profile
  risk [--within DAYS]  risk of losing credit per billing scope (SPEC: Low/High/Loss)
  export-ics --within DAYS -o FILE   calendar (.ics) of credit expiries

Environment: CREDITDESK_ACCESS_TOKEN, when set, is used as-is as the ARM bearer token.
Exit codes: 0 ok, 1 usage error, 2 failure; risk: 3 High, 4 Loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="37"/>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="57"/>
        <source>CreditDesk command-line companion: Azure credit lots, events and balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="60"/>
        <source>Cloud: public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="61"/>
        <source>Entra ID base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="62"/>
        <source>Azure Resource Manager base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="63"/>
        <source>Microsoft Graph base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="64"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="65"/>
        <source>Signed-in account to use (user principal name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="66"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="67"/>
        <source>Output: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="68"/>
        <source>login: sign in with the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="69"/>
        <source>logout: sign out of every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="70"/>
        <source>Billing account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="71"/>
        <source>Billing profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="72"/>
        <source>Customer id (partner billing accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="73"/>
        <source>lots: only lots with this status (e.g. Active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="74"/>
        <source>lots: only lots expiring within DAYS from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="76"/>
        <source>events: first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="77"/>
        <source>events: last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="78"/>
        <source>Seed of the sandbox cloud&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="79"/>
        <source>risk: horizon in days (default 90); export-ics: expiries within DAYS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="81"/>
        <source>export-ics: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="82"/>
        <source>Print diagnostics of every module on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="85"/>
        <source>The command to run (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="109"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="111"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="116"/>
        <source>Unknown cloud &quot;%1&quot;: use public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="122"/>
        <source>--login-url, --arm-url and --graph-url need --cloud custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="124"/>
        <source>--cloud custom needs at least --arm-url (and --login-url to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="137"/>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="150"/>
        <source>--expiring-within needs a number of days (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="156"/>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="162"/>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="169"/>
        <source>--within needs a number of days (0 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="174"/>
        <source>export-ics needs --within DAYS and -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="179"/>
        <source>--sandbox-seed needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="183"/>
        <source>--billing-profile and --customer need --billing-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="185"/>
        <source>Give either --billing-profile or --customer, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="189"/>
        <source>events needs --billing-account, --billing-profile, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="191"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Cli::CliApp</name>
    <message>
        <location filename="../cli/cliapp.cpp" line="107"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="168"/>
        <source>Not signed in to %1. Run &quot;creditdesk-cli --cloud %2 login&quot; first, or set CREDITDESK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="170"/>
        <source>No signed-in account &quot;%1&quot; for %2. See &quot;creditdesk-cli accounts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="189"/>
        <source>Signed in as %1 (tenant %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="196"/>
        <source>Signed in, but the sign-in could not be stored, so the next command cannot use it. Use CREDITDESK_ACCESS_TOKEN instead, or fix the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="203"/>
        <source>Opening your browser to sign in. If it does not open, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="214"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="231"/>
        <source>No signed-in account to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="242"/>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="327"/>
        <source>creditdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="37"/>
        <source>%1 of %2 lots match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="51"/>
        <location filename="../cli/riskcommands.cpp" line="111"/>
        <source>Billing scopes read: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="58"/>
        <location filename="../cli/riskcommands.cpp" line="119"/>
        <source> (and %1 more scopes failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="89"/>
        <source>%1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/riskcommands.cpp" line="133"/>
        <source>Overall risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/riskcommands.cpp" line="150"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/riskcommands.cpp" line="153"/>
        <source>Wrote %1 expiries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::CreditDiscovery</name>
    <message>
        <location filename="../app/services/creditdiscovery.cpp" line="42"/>
        <source>billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/creditdiscovery.cpp" line="145"/>
        <source>subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::EventTableModel</name>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="13"/>
        <location filename="../app/models/eventtablemodel.cpp" line="170"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="14"/>
        <source>Pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="15"/>
        <source>Pending adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="16"/>
        <source>Pending new credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="17"/>
        <source>Pending expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="18"/>
        <location filename="../app/models/eventtablemodel.cpp" line="169"/>
        <source>New credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="20"/>
        <source>Credit expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="21"/>
        <source>Credit canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="85"/>
        <source>Estimated: the balance may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="164"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="165"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="166"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="167"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="168"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="171"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="172"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="173"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="174"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="175"/>
        <source>Billing profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Forecast</name>
    <message>
        <location filename="../app/forecast/expiryitem.cpp" line="34"/>
        <source>Azure credit %1 expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/expiryitem.cpp" line="61"/>
        <source>Monthly partner credit %1 ends (13-month limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/expiryitem.cpp" line="69"/>
        <source>Partner credit %1 expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="242"/>
        <source>%1 expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="244"/>
        <source>%1 expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="245"/>
        <source>%1 expires within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="248"/>
        <source>%1; at the current rate all of it will be used in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="249"/>
        <source>%1; at the current rate %2 of it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="257"/>
        <source>estimated balance, including pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="259"/>
        <source>balance as of the last invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/icsexport.cpp" line="36"/>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/icsexport.cpp" line="38"/>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/icsexport.cpp" line="39"/>
        <source>Last usable day: %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/icsexport.cpp" line="41"/>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/icsexport.cpp" line="69"/>
        <location filename="../app/forecast/remindernotice.cpp" line="31"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/reminders.cpp" line="143"/>
        <source>%1 of credit can be used until the end of today (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/reminders.cpp" line="144"/>
        <source>%1 of credit expires in %2 days, on %3 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/reminders.cpp" line="178"/>
        <source>Monthly credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/reminders.cpp" line="179"/>
        <source>This month&apos;s unused allowance lapses in %1 days, after %2 (UTC); it does not carry forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/remindernotice.cpp" line="29"/>
        <source>Azure credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/remindernotice.cpp" line="37"/>
        <source>Credit expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/remindernotice.cpp" line="38"/>
        <source>Credits expiring soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/remindernotice.cpp" line="48"/>
        <source>…and %1 more credits expiring soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Forecast::Risk</name>
    <message>
        <location filename="../app/forecast/risk.cpp" line="33"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="34"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="35"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="53"/>
        <source>Monitor quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="54"/>
        <source>Will be consumed naturally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="55"/>
        <source>Accelerate consumption or lose credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="56"/>
        <source>Review for future prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="68"/>
        <source>%1: %2 predicted to expire unused by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="71"/>
        <source>%1: at the current rate it will still be used in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/risk.cpp" line="73"/>
        <source>%1: %2 expired unused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::ForecastChartView</name>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="44"/>
        <source>Remaining balance against expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="88"/>
        <source>Predicted to expire unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="98"/>
        <source>Balance (from events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="104"/>
        <source>Projected at the current rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="110"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="116"/>
        <source>Expiry (amount lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="144"/>
        <source>%1 expires %2 (UTC)
Balance today: %3
Predicted unused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="165"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::GraphApi</name>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="25"/>
        <source>Microsoft Graph is not available: the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="65"/>
        <source>list the users of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="66"/>
        <source>search the directory for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="72"/>
        <source>load more users from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="90"/>
        <location filename="../app/graph/graphapi.cpp" line="116"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="106"/>
        <source>list the verified domains of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="130"/>
        <source>create the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="142"/>
        <source>The user may have been created anyway: search for it before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphapi.cpp" line="151"/>
        <source>Could not %1: %2 Check the directory before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::LotDetails</name>
    <message>
        <location filename="../ui/lotdetails.cpp" line="40"/>
        <source>Lot details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="47"/>
        <source>Copy lot &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="53"/>
        <location filename="../ui/lotdetails.cpp" line="57"/>
        <source>Balance events of this lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="58"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="58"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="58"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="58"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="69"/>
        <source>Select a lot to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="80"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="81"/>
        <source>Billing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="82"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="83"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="84"/>
        <source>Original amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="85"/>
        <source>Balance (last invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="86"/>
        <source>Used (commitments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="87"/>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="87"/>
        <source>Yes, may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="87"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="88"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="89"/>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="90"/>
        <source>Purchased (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="91"/>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="92"/>
        <source>Credit currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="93"/>
        <source>Billing currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="94"/>
        <source>Organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="95"/>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="96"/>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="97"/>
        <source>Billing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="98"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lotdetails.cpp" line="99"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::LotTableModel</name>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="89"/>
        <source>Purchased credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="90"/>
        <source>Promotional credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="91"/>
        <source>Consumption commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="100"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="101"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="102"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="103"/>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="104"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="105"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="108"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="131"/>
        <source>Estimated: the balance may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="133"/>
        <source>Balance as of the last invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="235"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="236"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="237"/>
        <source>Billing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="238"/>
        <source>Original amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="239"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="240"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="241"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="242"/>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/lottablemodel.cpp" line="243"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Sign in with a device code (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Load the credits of every billing scope (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Sign out and forget this account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Stop what is loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Save the lots as shown (filtered and sorted) as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Reminders, risk horizon and calendar alarm (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Switch between signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="60"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="61"/>
        <location filename="../ui/mainwindowpages.cpp" line="231"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="61"/>
        <source>Partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="61"/>
        <source>Azure lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="61"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="62"/>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="93"/>
        <source>Partner Center publishes no API for its Azure credits page, so CreditDesk keeps its own benefits ledger for monthly and bulk partner credits and their reassignments.

The ledger is not part of this version yet. Credits deposited on a billing profile (the modernized flow) already appear under Azure lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="101"/>
        <source>Credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="102"/>
        <source>≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="102"/>
        <location filename="../ui/mainwindowpages.cpp" line="239"/>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="103"/>
        <source>≤ 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="103"/>
        <source>Expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="104"/>
        <source>≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="104"/>
        <source>Expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="105"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="105"/>
        <source>Active lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="106"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="106"/>
        <source>Expired lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="107"/>
        <source>Expired with balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="108"/>
        <source>Lots that expired with balance left: credit lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="109"/>
        <source>No credit lots yet.

Credits can take up to 24 hours to appear, and you need a billing reader role on the billing profile or account. Press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="134"/>
        <source>Balance events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="135"/>
        <source>No balance events yet. They are read for every billing profile over the last 13 months when you refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="146"/>
        <source>Assignment history records who assigned which partner credit to whom, and every reassignment. It comes with the benefits ledger, which is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="199"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="201"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="233"/>
        <source>No credit lots loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="239"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="239"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="239"/>
        <source>Expired with balance left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="246"/>
        <source>Next expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="303"/>
        <location filename="../ui/mainwindowpages.cpp" line="306"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="312"/>
        <source>Export lots as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="313"/>
        <source>credit-lots-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="318"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="320"/>
        <source>Exported %1 lots to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Billing scopes loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>%v of %m scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Offline copy as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>These figures were saved at the last successful refresh; they are replaced when a refresh succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>To sign in, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Some billing scopes could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>&amp;Billing scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="61"/>
        <source>Billing scope and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="66"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="67"/>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="68"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="78"/>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="90"/>
        <source>Forecast per lot (the chart&apos;s numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="103"/>
        <source>Balance expiring per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="146"/>
        <source>Risk of losing credit (next %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="147"/>
        <source>No credit is at risk: monitor quarterly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="155"/>
        <source>%1 · %2 · %3 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="169"/>
        <source>Billing account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="184"/>
        <source>%1 — today %2, %3; monthly consumption %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <source>Balance today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <location filename="../ui/overviewpage.cpp" line="206"/>
        <source>Predicted unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="190"/>
        <source>Runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="196"/>
        <source>beyond projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="205"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="232"/>
        <source>Expiry ladder (balance expiring per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="273"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="273"/>
        <source>credit-forecast.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="274"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::PartnerCreditModel</name>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="15"/>
        <source>Not redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="16"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="17"/>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="18"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="25"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="25"/>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="52"/>
        <source>%1 of %2</source>
        <extracomment>reassignments used of the program&apos;s cap, e.g. &quot;3 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="68"/>
        <source>No reassignments left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="94"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="95"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="96"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="97"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="98"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="99"/>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="100"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="101"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="102"/>
        <source>Reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="103"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::ReminderPresenter</name>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="26"/>
        <source>Credit reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="35"/>
        <source>Show in &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="37"/>
        <source>Open the Overview at the credit that expires first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="38"/>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="40"/>
        <source>Hide these reminders; each one is shown only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="49"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="51"/>
        <source>&amp;Show CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="53"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reminderpresenter.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::SecretStore</name>
    <message>
        <location filename="../app/auth/secretstore.cpp" line="78"/>
        <source>The system secret store (keyring) is not available or locked: %1. CreditDesk keeps your sign-in only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/auth/secretstore.cpp" line="149"/>
        <source>it did not answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>Remind this many days before a credit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49"/>
        <source>for example 90, 30, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>Remind &amp;days before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>Days separated by commas. Each credit is reminded once per number, on this computer, while CreditDesk is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="60"/>
        <source>Warn this many days before a monthly credit&apos;s unused allowance lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="62"/>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="63"/>
        <source>&amp;Warn before a monthly allowance lapses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>Risk forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68"/>
        <source>Risk horizon in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="70"/>
        <source>Risk &amp;horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>Credit expiring within this many days counts towards the risk (recommended: 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="76"/>
        <source>Calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="79"/>
        <source>Calendar alarm, days before the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <source>No alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>Calendar a&amp;larm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>Enter whole numbers of days from 0 to 3650, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="35"/>
        <source>&lt;h2&gt;Sign in to CreditDesk&lt;/h2&gt;&lt;p&gt;CreditDesk reads your Azure credits with your own Microsoft Entra ID account. It needs a billing reader role on the billing accounts or profiles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="42"/>
        <source>Continue with a remembered account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="46"/>
        <source>Remembered accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="48"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="65"/>
        <source>Sign in with a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="69"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="73"/>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="74"/>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="77"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="78"/>
        <source>organizations (any work account), or your tenant id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="79"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="84"/>
        <source>Sign-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="85"/>
        <source>Resource Manager URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="86"/>
        <source>Graph URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="87"/>
        <source>Sign-&amp;in URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="88"/>
        <source>&amp;Resource Manager URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="89"/>
        <source>&amp;Graph URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="95"/>
        <source>Sign in with &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="98"/>
        <source>Sign in with a &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="100"/>
        <source>For remote desktops and machines without a browser: enter a code on another device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::SignInSession</name>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="105"/>
        <source>You are not signed in. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="44"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="45"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="68"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="68"/>
        <source>Show every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="96"/>
        <location filename="../ui/tablepage.cpp" line="206"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="207"/>
        <source>&amp;Export view as CSV…</source>
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
    <name>CreditDesk::ViewSummary</name>
    <message>
        <location filename="../app/filters/viewsummary.cpp" line="65"/>
        <source>K</source>
        <extracomment>compact money suffixes: thousand, million, billion, trillion</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/filters/viewsummary.cpp" line="66"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/filters/viewsummary.cpp" line="67"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/filters/viewsummary.cpp" line="68"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Workspace</name>
    <message>
        <location filename="../app/services/workspace.cpp" line="202"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="307"/>
        <location filename="../app/services/workspace.cpp" line="320"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="240"/>
        <source>Finding billing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="99"/>
        <source>Showing your credits as of %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="209"/>
        <source>Continue signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="242"/>
        <source>Loading credit lots: %1 of %2 billing scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="263"/>
        <source>Credit lots loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="265"/>
        <source>Credit lots loaded: %1. Billing scopes that could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="268"/>
        <source>Refresh cancelled. Credit lots shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="277"/>
        <location filename="../app/services/workspace.cpp" line="284"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="300"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="336"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="358"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="366"/>
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
    <name>GraphParsers</name>
    <message>
        <location filename="../app/graph/graphparsers.cpp" line="49"/>
        <source>the user has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/graph/graphparsers.cpp" line="62"/>
        <source>the list of organizations (&quot;value&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <location filename="../app/storage/offlinecache.cpp" line="290"/>
        <source>The offline copy could not be read and was set aside; CreditDesk starts empty and refreshes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/offlinecache.cpp" line="298"/>
        <source>The offline copy could not be saved; the data shown is kept until CreditDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/offlinecache.cpp" line="306"/>
        <source>The offline copy is unavailable: the SQLite driver (package libqt6sql6-sqlite) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/offlinecache.cpp" line="403"/>
        <source>The offline copy of this account could not be deleted from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="51"/>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="72"/>
        <source>The service rejected the access token given in CREDITDESK_ACCESS_TOKEN (expired, or issued for another audience). Get a new one, or unset it and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/signinsession.cpp" line="88"/>
        <source>You are not signed in. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="44"/>
        <source>Track and assign Microsoft partner Azure credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="48"/>
        <source>Start the built-in sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="49"/>
        <source>Seed of the sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="52"/>
        <source>Where the sandbox keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="53"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="56"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="101"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="102"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredAccount</name>
    <message>
        <location filename="../app/auth/accountstore.cpp" line="68"/>
        <source>This account belongs to the sandbox; start CreditDesk with the sandbox to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/accountstore.cpp" line="90"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
