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
        <location filename="../app/azure/armclient.cpp" line="68"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="69"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="221"/>
        <source>the service did not answer in time (waited %1 s per attempt; attempts: %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="224"/>
        <source>the connection failed (%1; attempts: %2). Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="275"/>
        <source>the answer was cut short (%1; attempts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/armclient.cpp" line="364"/>
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
        <location filename="../app/azure/azureapi.cpp" line="170"/>
        <location filename="../app/azure/azureapi.cpp" line="298"/>
        <source>Could not %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="190"/>
        <source>list billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="190"/>
        <location filename="../app/azure/azureapi.cpp" line="365"/>
        <source>the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="204"/>
        <source>list billing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="219"/>
        <source>list customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="251"/>
        <source>list credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="290"/>
        <source>list credit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="293"/>
        <source>both a start date and an end date are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="295"/>
        <source>the end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="335"/>
        <source>read the credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="344"/>
        <source>read the prepayment balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="355"/>
        <source>read the prepayment balance of period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="365"/>
        <source>list subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="380"/>
        <location filename="../app/azure/azureapi.cpp" line="391"/>
        <source>list credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="391"/>
        <source>resource group %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="403"/>
        <source>list credit transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/azure/azureapi.cpp" line="404"/>
        <source>credit %1 in resource group %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::BenefitRules</name>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="54"/>
        <source>This credit ended on %1; an expired credit cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="55"/>
        <source>This credit is expired; an expired credit cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="57"/>
        <source>The credit has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="65"/>
        <source>Monthly credits are valid for %1 months from activation; this one was activated on %2 and its validity ended on %3. Its subscription must be converted to pay-as-you-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="72"/>
        <source>Valid until %1 (%2 months from activation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="75"/>
        <source>The validity period starts at the first assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="133"/>
        <source>Choose a user with a sign-in name (user@domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="135"/>
        <source>The user has a sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="141"/>
        <source>%1 is a guest account (invited from another organization). Partner benefit credits can only be assigned to members of your own organization; add the person as a member user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="146"/>
        <source>The user is a member of your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="156"/>
        <source>%1 is on a free email domain (%2). Partner Center assigns credits only to users with a company email domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="160"/>
        <source>The user&apos;s email domain is a company domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="167"/>
        <source>This credit is already assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="176"/>
        <source>This is the first assignment; it uses none of the %1 reassignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="180"/>
        <source>All %1 reassignments of this monthly credit are used; Partner Center allows no more, without exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="185"/>
        <source>This is reassignment %1 of %2; %3 will remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="193"/>
        <source>Bulk (yearly) credits cannot be reassigned. A new user can get one with next year&apos;s renewed benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="197"/>
        <source>This is the bulk credit&apos;s only assignment; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="210"/>
        <source>%1 already holds bulk credit %2; a user can hold at most one bulk credit (a monthly credit as well is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="214"/>
        <source>The user holds no other bulk credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="227"/>
        <source>The user of a bulk (yearly) credit cannot be removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="230"/>
        <source>Nobody is assigned to this credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/benefitrules.cpp" line="233"/>
        <source>Removing %1 uses no reassignment; the next assignment will.</source>
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
  credits               partner benefit credits in the ledger (reassignments, cutoff)
  credits import FILE   add or update ledger credits from a CSV file (all rows or none)
  credits export FILE   write the ledger&apos;s credits to a CSV file
  assign --credit ID --user UPN --confirm-partner-center
                        record an assignment done in Partner Center (rules checked)
  unassign --credit ID  record that the user was removed (monthly credits)

Environment: CREDITDESK_ACCESS_TOKEN, when set, is used as-is as the ARM bearer token.
Exit codes: 0 ok, 1 usage error (also: assign without --confirm-partner-center),
2 failure (also: a partner benefit rule refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="42"/>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="63"/>
        <source>CreditDesk command-line companion: Azure credit lots, events and balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="66"/>
        <source>Cloud: public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="67"/>
        <source>Entra ID base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="68"/>
        <source>Azure Resource Manager base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="69"/>
        <source>Microsoft Graph base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="70"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="71"/>
        <source>Signed-in account to use (user principal name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="72"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="73"/>
        <source>Output: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="74"/>
        <source>login: sign in with the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="75"/>
        <source>logout: sign out of every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="76"/>
        <source>Billing account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="77"/>
        <source>Billing profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="78"/>
        <source>Customer id (partner billing accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="79"/>
        <source>lots: only lots with this status (e.g. Active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="80"/>
        <source>lots: only lots expiring within DAYS from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="82"/>
        <source>events: first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="83"/>
        <source>events: last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="84"/>
        <source>Seed of the sandbox cloud&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="85"/>
        <source>Print diagnostics of every module on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="86"/>
        <source>Benefits ledger: an SQLite file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="88"/>
        <source>assign/unassign: the credit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="89"/>
        <source>assign: the user&apos;s principal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="90"/>
        <source>assign/unassign: who did it (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="92"/>
        <source>assign: the user is already assigned in Partner Center; record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="96"/>
        <source>The command to run (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="120"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="124"/>
        <source>Use &quot;credits&quot;, &quot;credits import FILE&quot; or &quot;credits export FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="126"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="131"/>
        <source>Unknown cloud &quot;%1&quot;: use public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="137"/>
        <source>--login-url, --arm-url and --graph-url need --cloud custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="139"/>
        <source>--cloud custom needs at least --arm-url (and --login-url to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="152"/>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="165"/>
        <source>--expiring-within needs a number of days (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="171"/>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="177"/>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="184"/>
        <source>--sandbox-seed needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="188"/>
        <source>--billing-profile and --customer need --billing-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="190"/>
        <source>Give either --billing-profile or --customer, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="194"/>
        <source>events needs --billing-account, --billing-profile, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="196"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="204"/>
        <source>%1 needs --credit ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="206"/>
        <source>assign needs --user UPN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Cli::CliApp</name>
    <message>
        <location filename="../cli/cliapp.cpp" line="105"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="166"/>
        <source>Not signed in to %1. Run &quot;creditdesk-cli --cloud %2 login&quot; first, or set CREDITDESK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="168"/>
        <source>No signed-in account &quot;%1&quot; for %2. See &quot;creditdesk-cli accounts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="187"/>
        <source>Signed in as %1 (tenant %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="194"/>
        <source>Signed in, but the sign-in could not be stored, so the next command cannot use it. Use CREDITDESK_ACCESS_TOKEN instead, or fix the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="201"/>
        <source>Opening your browser to sign in. If it does not open, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="212"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="229"/>
        <source>No signed-in account to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="240"/>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="325"/>
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
        <source>Billing scopes read: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="58"/>
        <source> (and %1 more scopes failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/creditcommands.cpp" line="89"/>
        <source>%1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="109"/>
        <source>Seeded the sandbox ledger with %1 benefit credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="143"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="157"/>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="167"/>
        <source>%1 assignment(s) were started but never confirmed; open CreditDesk to say how they ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="185"/>
        <source>refused by rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="190"/>
        <source>ok  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="193"/>
        <source>Nothing recorded. Assign %1 in Partner Center (Benefits &gt; Azure credits), then run this command again with --confirm-partner-center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="213"/>
        <source>Recorded: %1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="215"/>
        <source>Reassignments used: %1 of %2; %3 left. Valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="221"/>
        <source>Redemption link for the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="233"/>
        <source>Recorded: the user of %1 was removed. Reassignments used: %2 of %3; none is left, so it cannot be assigned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ledgercommands.cpp" line="235"/>
        <source>Recorded: the user of %1 was removed. Reassignments used: %2 of %3; the next assignment uses one.</source>
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
    <name>CreditDesk::Ledger</name>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="27"/>
        <source>The benefits ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="32"/>
        <source>There is no credit %1 in the benefits ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="44"/>
        <source>the credit has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="46"/>
        <source>the program name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="48"/>
        <source>the amount needs a three-letter currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="50"/>
        <source>the amount is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="52"/>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="54"/>
        <source>the reassignments used cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="56"/>
        <source>a bulk credit is never reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="59"/>
        <source>Credit %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="145"/>
        <source>The benefits ledger cannot be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="153"/>
        <source>PostgreSQL support (the Qt QPSQL driver) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="164"/>
        <source>The benefits ledger %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="280"/>
        <source>A credit with id %1 is already in the benefits ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="303"/>
        <source>Credit %1 has been assigned; its type can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledger.cpp" line="399"/>
        <location filename="../app/ledger/ledger.cpp" line="451"/>
        <source>This assignment was already recorded or discarded (perhaps in another window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::LedgerCsv</name>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="120"/>
        <source>the file is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="132"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="137"/>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="155"/>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="157"/>
        <source>id %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="160"/>
        <source>type &quot;%1&quot; is not monthly or bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="164"/>
        <source>the program is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="168"/>
        <source>currency &quot;%1&quot; is not a three-letter ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="170"/>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="172"/>
        <source>the amount is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="180"/>
        <source>%1 &quot;%2&quot; is not a date (yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="185"/>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="190"/>
        <source>status &quot;%1&quot; is not notRedeemed, assigned, redeemed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="198"/>
        <source>reassignmentsUsed &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="200"/>
        <source>a bulk credit cannot have reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="202"/>
        <source>%1 reassignments is more than the cap of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="207"/>
        <source>%1 is a guest account; credits go to members of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="209"/>
        <source>%1 is on a free email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="214"/>
        <source>%1 already holds the bulk credit on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="233"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="253"/>
        <source>reassignmentsUsed %1 is below the %2 the ledger has recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="265"/>
        <source>%1 already holds bulk credit %2 in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="277"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="278"/>
        <source>Nothing was imported from %1; fix these rows:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgercsv.cpp" line="291"/>
        <location filename="../app/ledger/ledgercsv.cpp" line="294"/>
        <source>%1 cannot be written: %2</source>
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
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Sign in with a device code (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Load the credits of every billing scope (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Sign out and forget this account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Stop what is loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Save the lots as shown (filtered and sorted) as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Switch between signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="54"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="55"/>
        <location filename="../ui/mainwindowpages.cpp" line="196"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="55"/>
        <source>Partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="55"/>
        <source>Azure lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="55"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="56"/>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="80"/>
        <source>Partner Center publishes no API for its Azure credits page, so CreditDesk keeps its own benefits ledger for monthly and bulk partner credits and their reassignments.

The ledger is not part of this version yet. Credits deposited on a billing profile (the modernized flow) already appear under Azure lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="88"/>
        <source>Credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="89"/>
        <source>≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="89"/>
        <location filename="../ui/mainwindowpages.cpp" line="204"/>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="90"/>
        <source>≤ 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="90"/>
        <source>Expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="91"/>
        <source>≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="91"/>
        <source>Expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="92"/>
        <source>Active lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="93"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="93"/>
        <source>Expired lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="94"/>
        <source>Expired with balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="95"/>
        <source>Lots that expired with balance left: credit lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="96"/>
        <source>No credit lots yet.

Credits can take up to 24 hours to appear, and you need a billing reader role on the billing profile or account. Press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="121"/>
        <source>Balance events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="122"/>
        <source>No balance events yet. They are read for every billing profile over the last 13 months when you refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="133"/>
        <source>Assignment history records who assigned which partner credit to whom, and every reassignment. It comes with the benefits ledger, which is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="186"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="188"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="198"/>
        <source>No credit lots loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="204"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="204"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="204"/>
        <source>Expired with balance left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="211"/>
        <source>Next expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="229"/>
        <location filename="../ui/mainwindowpages.cpp" line="232"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="238"/>
        <source>Export lots as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="239"/>
        <source>credit-lots-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="240"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="244"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="246"/>
        <source>Exported %1 lots to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Billing scopes loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>%v of %m scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Offline copy as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>These figures were saved at the last successful refresh; they are replaced when a refresh succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>To sign in, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Some billing scopes could not be read:</source>
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
    <name>CreditDesk::SandboxBenefits</name>
    <message>
        <location filename="../app/ledger/sandboxbenefits.cpp" line="46"/>
        <source>The sandbox&apos;s benefit credits are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/sandboxbenefits.cpp" line="57"/>
        <source>A sandbox benefit credit lacks its id, type, amount or currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/sandboxbenefits.cpp" line="94"/>
        <source>read the sandbox&apos;s benefit credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/sandboxbenefits.cpp" line="104"/>
        <source>The benefits ledger was closed.</source>
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
        <location filename="../app/services/workspace.cpp" line="209"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="309"/>
        <location filename="../app/services/workspace.cpp" line="322"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="243"/>
        <source>Finding billing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="109"/>
        <source>Showing your credits as of %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="216"/>
        <source>Continue signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="245"/>
        <source>Loading credit lots: %1 of %2 billing scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="265"/>
        <source>Credit lots loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="267"/>
        <source>Credit lots loaded: %1. Billing scopes that could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="270"/>
        <source>Refresh cancelled. Credit lots shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="279"/>
        <location filename="../app/services/workspace.cpp" line="286"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="302"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="338"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="359"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="367"/>
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
    <name>Ledger</name>
    <message>
        <location filename="../app/ledger/ledgerrows.cpp" line="63"/>
        <source>The benefits ledger could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgerrows.cpp" line="96"/>
        <source>The benefits ledger change was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ledger/ledgerschema.cpp" line="99"/>
        <source>The benefits ledger was written by a newer CreditDesk (schema %1; this version knows %2). Update CreditDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCsv</name>
    <message>
        <location filename="../app/ledger/csvreader.cpp" line="68"/>
        <source>a quoted field is never closed</source>
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
        <location filename="../ui/startup.cpp" line="47"/>
        <source>Track and assign Microsoft partner Azure credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="51"/>
        <source>Start the built-in sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="52"/>
        <source>Seed of the sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="55"/>
        <source>Where the sandbox keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="56"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="59"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="75"/>
        <location filename="../ui/startup.cpp" line="118"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="76"/>
        <source>The benefits ledger could not be opened, so partner credits cannot be shown or assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="119"/>
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
