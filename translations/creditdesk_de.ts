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
    <name>AssignmentTexts</name>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="30"/>
        <source>%1/month</source>
        <extracomment>a monthly partner credit&apos;s amount, e.g. &quot;$100.00/month&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="32"/>
        <source>%1 (bulk)</source>
        <extracomment>a bulk (yearly) partner credit&apos;s amount, e.g. &quot;$1,200.00 (bulk)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="37"/>
        <source>Assign %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="39"/>
        <source>Bulk credits cannot be reassigned: this user keeps it until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assignment/assignmenttexts.cpp" line="45"/>
        <source>This is the credit&apos;s first assignment, which is not a reassignment; %n of %1 will remain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assignment/assignmenttexts.cpp" line="52"/>
        <source>This is reassignment %1 of %2; %n will remain.</source>
        <extracomment>%1 = which reassignment this is, %2 = the cap (5), %n = how many remain after it</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="62"/>
        <source>Your Azure credit is ready to activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="63"/>
        <source>Your Azure credit from %1 is ready to activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="69"/>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="70"/>
        <source>I have assigned you a partner Azure credit of %1. Microsoft will send you an email to activate it; you can also start from this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="74"/>
        <source>Sign in as %1 and redeem the credit on a new Azure subscription: it cannot be added to an existing subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assignment/assignmenttexts.cpp" line="78"/>
        <source>Each month&apos;s credit lapses if it is not used that month. The credit is valid for %n months from activation; after that, the subscription must be converted to pay-as-you-go or it stops.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="84"/>
        <source>The credit can be used any time until %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="87"/>
        <source>Thank you,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="116"/>
        <source>Remove %1 from the %2 credit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="119"/>
        <source>Removing uses no reassignment, but all %1 are used: the credit cannot be assigned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmenttexts.cpp" line="123"/>
        <source>Removing uses no reassignment; the next assignment will be reassignment %1 of %2.</source>
        <extracomment>%1 = the next reassignment&apos;s number, %2 = the cap (5)</extracomment>
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
    <name>CreditDesk::AssignmentController</name>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="28"/>
        <source>The benefits ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="60"/>
        <source>Choose a credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="83"/>
        <source>Partner Center emails the user a link to activate the credit. At the end of this wizard you also get the link and a ready email to send yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="85"/>
        <source>The user must redeem it on a &lt;b&gt;new&lt;/b&gt; Azure subscription (an Azure sponsorship). It cannot be added to an existing subscription, and that subscription cannot be moved while the credit is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="89"/>
        <source>This is a monthly credit of %1 a month: what is not used in a month lapses and does not carry forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assignment/assignmentcontroller.cpp" line="92"/>
        <source>A monthly credit is valid for %n months from activation; after that the subscription must be converted to pay-as-you-go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="96"/>
        <source>The user can be changed at most %1 times in all (reassignments); %2 used so far. Removing a user alone uses none, but the next assignment after it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="101"/>
        <source>This is a bulk credit of %1 to use until its end date. It &lt;b&gt;cannot be reassigned&lt;/b&gt;: the user you choose keeps it. A user can hold at most one bulk credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="105"/>
        <source>CreditDesk notes the assignment before you go to Partner Center, so if anything interrupts you, it asks at the next start how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="145"/>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="190"/>
        <source>Microsoft Graph is not available: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="162"/>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="166"/>
        <source>Enter a user name (the part before @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="168"/>
        <source>A user name may contain letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; and apostrophes, and must start and end with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="174"/>
        <source>Choose one of the organization&apos;s verified domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="177"/>
        <source>%1 is a free email domain; partner credits need a company domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="305"/>
        <source>Choose a credit and a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="365"/>
        <source>The assignment was not noted before the Partner Center step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/assignment/assignmentcontroller.cpp" line="367"/>
        <source>Confirm that you assigned the user in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::AssignmentHistoryModel</name>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="26"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="26"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="42"/>
        <source>No (removal)</source>
        <extracomment>whether an assignment or removal used one of the credit&apos;s reassignments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="43"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="43"/>
        <source>No (first assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="59"/>
        <source>This assignment used one of the credit&apos;s reassignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="78"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="79"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="80"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="81"/>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="82"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="83"/>
        <source>Used a reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="84"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/assignmenthistorymodel.cpp" line="85"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::AssignmentWizard</name>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="20"/>
        <source>Assign a partner credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="50"/>
        <source>Cancel the assignment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="51"/>
        <source>Did you already assign the user in Partner Center?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="52"/>
        <source>If you did, record it now so the reassignment count stays right. If you are not sure, keep it open: CreditDesk asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="54"/>
        <source>&amp;Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="55"/>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="56"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="57"/>
        <source>Go &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentwizard.cpp" line="66"/>
        <source>Not recorded</source>
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
    <name>CreditDesk::ChecksPage</name>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="63"/>
        <source>Partner benefit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="64"/>
        <source>Every rule Partner Center applies, checked against the ledger before anything is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="89"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="89"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="96"/>
        <source>Choose a credit and a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="98"/>
        <source>&lt;b&gt;All rules allow this assignment.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="100"/>
        <source>&lt;b style=&quot;color:#a4262c&quot;&gt;Partner Center would refuse this assignment.&lt;/b&gt; Go back and choose another user or credit.</source>
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
  credits               partner benefit credits in the ledger (reassignments, cutoff)
  credits import FILE   add or update ledger credits from a CSV file (all rows or none)
  credits export FILE   write the ledger&apos;s credits to a CSV file
  assign --credit ID --user UPN --confirm-partner-center
                        record an assignment done in Partner Center (rules checked)
  unassign --credit ID  record that the user was removed (monthly credits)

Environment: CREDITDESK_ACCESS_TOKEN, when set, is used as-is as the ARM bearer token.
Exit codes: 0 ok, 1 usage error (also: assign without --confirm-partner-center),
2 failure (also: a partner benefit rule refused); risk: 3 High, 4 Loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="44"/>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="65"/>
        <source>CreditDesk command-line companion: Azure credit lots, events and balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="68"/>
        <source>Cloud: public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="69"/>
        <source>Entra ID base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="70"/>
        <source>Azure Resource Manager base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="71"/>
        <source>Microsoft Graph base URL (custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="72"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="73"/>
        <source>Signed-in account to use (user principal name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="74"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="75"/>
        <source>Output: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="76"/>
        <source>login: sign in with the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="77"/>
        <source>logout: sign out of every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="78"/>
        <source>Billing account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="79"/>
        <source>Billing profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="80"/>
        <source>Customer id (partner billing accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="81"/>
        <source>lots: only lots with this status (e.g. Active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="82"/>
        <source>lots: only lots expiring within DAYS from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="84"/>
        <source>events: first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="85"/>
        <source>events: last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="86"/>
        <source>Seed of the sandbox cloud&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="87"/>
        <source>risk: horizon in days (default 90); export-ics: expiries within DAYS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="89"/>
        <source>export-ics: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="90"/>
        <source>Print diagnostics of every module on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="91"/>
        <source>Benefits ledger: an SQLite file or a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="93"/>
        <source>assign/unassign: the credit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="94"/>
        <source>assign: the user&apos;s principal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="95"/>
        <source>assign/unassign: who did it (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="97"/>
        <source>assign: the user is already assigned in Partner Center; record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="101"/>
        <source>The command to run (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="125"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="129"/>
        <source>Use &quot;credits&quot;, &quot;credits import FILE&quot; or &quot;credits export FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="131"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="136"/>
        <source>Unknown cloud &quot;%1&quot;: use public, usgov, china, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="142"/>
        <source>--login-url, --arm-url and --graph-url need --cloud custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="144"/>
        <source>--cloud custom needs at least --arm-url (and --login-url to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="157"/>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="170"/>
        <source>--expiring-within needs a number of days (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="176"/>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="182"/>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="189"/>
        <source>--within needs a number of days (0 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="194"/>
        <source>export-ics needs --within DAYS and -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="199"/>
        <source>--sandbox-seed needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="203"/>
        <source>--billing-profile and --customer need --billing-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="205"/>
        <source>Give either --billing-profile or --customer, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="209"/>
        <source>events needs --billing-account, --billing-profile, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="211"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="219"/>
        <source>%1 needs --credit ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="221"/>
        <source>assign needs --user UPN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Cli::CliApp</name>
    <message>
        <location filename="../cli/cliapp.cpp" line="109"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="170"/>
        <source>Not signed in to %1. Run &quot;creditdesk-cli --cloud %2 login&quot; first, or set CREDITDESK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="172"/>
        <source>No signed-in account &quot;%1&quot; for %2. See &quot;creditdesk-cli accounts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="191"/>
        <source>Signed in as %1 (tenant %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="198"/>
        <source>Signed in, but the sign-in could not be stored, so the next command cannot use it. Use CREDITDESK_ACCESS_TOKEN instead, or fix the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="205"/>
        <source>Opening your browser to sign in. If it does not open, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="216"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="233"/>
        <source>No signed-in account to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="244"/>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="329"/>
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
    <name>CreditDesk::CreditChoicePage</name>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="60"/>
        <source>Choose the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="61"/>
        <source>Which partner benefit credit do you want to assign or reassign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="63"/>
        <source>Show only credits &amp;not redeemed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="68"/>
        <source>Partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="131"/>
        <source>Select a credit in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="139"/>
        <source>%1 reassignments used, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="145"/>
        <source>Now assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::CreditDetails</name>
    <message>
        <location filename="../ui/creditdetails.cpp" line="30"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="34"/>
        <source>Assignment history of the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="57"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="58"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="60"/>
        <source>Start – end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="61"/>
        <source>Activated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="63"/>
        <source>Valid until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="64"/>
        <source>13 months after activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="65"/>
        <location filename="../ui/creditdetails.cpp" line="70"/>
        <source>Reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="66"/>
        <source>%1 used, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="73"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="77"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="79"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="80"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdetails.cpp" line="95"/>
        <source>Select a credit to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::CreditDialog</name>
    <message>
        <location filename="../ui/creditdialog.cpp" line="36"/>
        <source>Edit partner credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="36"/>
        <source>New partner credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="42"/>
        <source>Partner Center&apos;s credit id, or empty for a generated one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="43"/>
        <source>Credit &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="46"/>
        <source>e.g. Microsoft AI Cloud Partner Program – Solutions Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="47"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="53"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="56"/>
        <source>per month for monthly credits, in total for bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="58"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="62"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="64"/>
        <source>&amp;Start (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="66"/>
        <source>&amp;End (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="73"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="76"/>
        <source>the sponsorship subscription, once redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="77"/>
        <source>Su&amp;bscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="98"/>
        <source>Enter the program and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdialog.cpp" line="102"/>
        <source>The end date is before the start date.</source>
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
    <name>CreditDesk::DirectoryUserModel</name>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="47"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="47"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="50"/>
        <source>%1, disabled</source>
        <extracomment>account type of a directory user whose sign-in is blocked, e.g. &quot;Member, disabled&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="70"/>
        <source>Guests are invited from another organization; partner credits go to members only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="83"/>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="84"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/directoryusermodel.cpp" line="85"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::DonePage</name>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="265"/>
        <source>Assignment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="266"/>
        <source>Send the user the link to redeem the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="275"/>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="281"/>
        <source>&amp;Email to the user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="284"/>
        <source>Email to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="290"/>
        <source>Co&amp;py email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="294"/>
        <source>Open in &amp;mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="304"/>
        <source>Recorded in the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="306"/>
        <source>Redemption link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::EventTableModel</name>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="15"/>
        <location filename="../app/models/eventtablemodel.cpp" line="167"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="16"/>
        <source>Pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="17"/>
        <source>Pending adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="18"/>
        <source>Pending new credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="19"/>
        <source>Pending expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="20"/>
        <location filename="../app/models/eventtablemodel.cpp" line="166"/>
        <source>New credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="22"/>
        <source>Credit expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="23"/>
        <source>Credit canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="87"/>
        <source>Estimated: the balance may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="161"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="162"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="163"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="164"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="165"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="168"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="169"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="170"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="171"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/eventtablemodel.cpp" line="172"/>
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
        <location filename="../app/forecast/expiryitem.cpp" line="68"/>
        <source>Monthly partner credit %1 ends (13-month limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/expiryitem.cpp" line="76"/>
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
        <location filename="../app/forecast/forecast.cpp" line="250"/>
        <source>%1, more than a month&apos;s consumption; only if consumption keeps its current rate will all of it be used in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="256"/>
        <source>%1; at the current rate all of it will be used in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="257"/>
        <source>%1; at the current rate %2 of it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="265"/>
        <source>estimated balance, including pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forecast/forecast.cpp" line="267"/>
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
        <location filename="../ui/charts/forecastchartview.cpp" line="153"/>
        <source>%1 expires %2 (UTC)
Balance today: %3
Predicted unused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastchartview.cpp" line="174"/>
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
    <name>CreditDesk::LedgerPages</name>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="72"/>
        <source>Partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="73"/>
        <source>Not redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="73"/>
        <source>Credits not redeemed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="74"/>
        <source>≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="74"/>
        <source>Ending within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="75"/>
        <source>≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="75"/>
        <source>Ending within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="76"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="76"/>
        <source>Credits not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="77"/>
        <source>Cap reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="78"/>
        <source>Monthly credits with no reassignment left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="79"/>
        <source>The benefits ledger has no credits yet.

Partner Center publishes no API for its Azure credits page: add your credits with New credit, or import them from CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="111"/>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="112"/>
        <source>No assignments recorded yet. Assign a partner credit with Assign… (Ctrl+Shift+A); every assignment and removal is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="118"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="119"/>
        <source>Assign the selected partner credit to a user (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="122"/>
        <source>Remove &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="123"/>
        <source>Record that the user of the selected monthly credit was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="125"/>
        <source>&amp;New credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="125"/>
        <source>Add a partner credit to the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="127"/>
        <source>&amp;Edit credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="127"/>
        <source>Edit the selected credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="129"/>
        <location filename="../ui/ledgerpages.cpp" line="396"/>
        <source>&amp;Delete credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="130"/>
        <source>Delete the selected credit and its history from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="132"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="132"/>
        <source>Import credits from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="134"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="135"/>
        <source>Save every credit of the ledger as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="278"/>
        <source>credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ledgerpages.cpp" line="280"/>
        <source>Showing %1 of %n assignments and removals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="335"/>
        <location filename="../ui/ledgerpages.cpp" line="339"/>
        <location filename="../ui/ledgerpages.cpp" line="342"/>
        <location filename="../ui/ledgerpages.cpp" line="362"/>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="349"/>
        <source>First remove the user in &lt;a href=&quot;%1&quot;&gt;Partner Center › Benefits › Azure credits&lt;/a&gt; (Manage user assignment), then record it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="352"/>
        <source>&amp;Record removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="365"/>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="390"/>
        <location filename="../ui/ledgerpages.cpp" line="402"/>
        <source>Delete credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ledgerpages.cpp" line="391"/>
        <source>Delete %1 (%2) and its history of %n assignments and removals from the ledger? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="167"/>
        <source>Import partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="166"/>
        <location filename="../ui/ledgerpages.cpp" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="416"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="419"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="165"/>
        <source>Export partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="433"/>
        <source>partner-credits-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerpages.cpp" line="437"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ledgerpages.cpp" line="439"/>
        <source>Exported %n credits to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Sign in with a device code (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Load the credits of every billing scope (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Sign out and forget this account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Stop what is loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Save the lots as shown (filtered and sorted) as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Reminders, risk horizon and calendar alarm (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Switch between signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="52"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="53"/>
        <location filename="../ui/mainwindowpages.cpp" line="219"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="53"/>
        <source>Partner credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="53"/>
        <source>Azure lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="53"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="54"/>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="93"/>
        <source>Credit lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="94"/>
        <source>≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="94"/>
        <location filename="../ui/mainwindowpages.cpp" line="227"/>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="95"/>
        <source>≤ 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="95"/>
        <source>Expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="96"/>
        <source>≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="96"/>
        <source>Expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="97"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="97"/>
        <source>Active lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="98"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="98"/>
        <source>Expired lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="99"/>
        <source>Expired with balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="100"/>
        <source>Lots that expired with balance left: credit lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="101"/>
        <source>No credit lots yet.

Credits can take up to 24 hours to appear, and you need a billing reader role on the billing profile or account. Press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="126"/>
        <source>Balance events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="127"/>
        <source>No balance events yet. They are read for every billing profile over the last 13 months when you refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="187"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="189"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="221"/>
        <source>No credit lots loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="227"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="227"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="227"/>
        <source>Expired with balance left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="234"/>
        <source>Next expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="291"/>
        <location filename="../ui/mainwindowpages.cpp" line="294"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="300"/>
        <source>Export lots as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="301"/>
        <source>credit-lots-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="302"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="306"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowpages.cpp" line="308"/>
        <source>Exported %1 lots to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Billing scopes loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>%v of %m scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Offline copy as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>These figures were saved at the last successful refresh; they are replaced when a refresh succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>To sign in, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>Some billing scopes could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::NewUserDialog</name>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="26"/>
        <source>Add a new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="32"/>
        <source>Creates a member account in your organization (Microsoft Entra ID). The user signs in with a temporary password and must change it at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="40"/>
        <source>e.g. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="45"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="46"/>
        <source>e.g. ana.ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="49"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="53"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="69"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="72"/>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="78"/>
        <source>This password is shown only now. Give it to the user by a safe channel; they must change it at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="90"/>
        <source>C&amp;reate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="151"/>
        <source>Creating the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="159"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was created and chosen for this credit.</source>
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
    <name>CreditDesk::PartnerCenterPage</name>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="179"/>
        <source>Assign it in Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="180"/>
        <source>Partner Center has no API for this, so you do this step in the browser. CreditDesk has noted it; if you stop now, it asks at the next start how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="183"/>
        <source>&amp;Record assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="189"/>
        <source>&amp;Open Partner Center › Benefits › Azure credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="197"/>
        <source>User principal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="201"/>
        <source>User principal name to enter in Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="203"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="204"/>
        <source>Copy the user principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="211"/>
        <source>I have &amp;assigned this user in Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="230"/>
        <source>Open Partner Center › Benefits › Azure credits (sign in as a partner admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="231"/>
        <source>Find the credit %1 and choose &lt;i&gt;Manage user assignment&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="232"/>
        <source>Enter the user principal name below (copy it) and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="233"/>
        <source>Come back and tick the box.</source>
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
        <location filename="../app/models/partnercreditmodel.cpp" line="38"/>
        <location filename="../app/models/partnercreditmodel.cpp" line="46"/>
        <source>Not reassignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="40"/>
        <source>%1 of %2</source>
        <extracomment>reassignments used of the program&apos;s cap, e.g. &quot;3 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="48"/>
        <source>None (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="50"/>
        <source>None left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/partnercreditmodel.cpp" line="50"/>
        <source>%n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="96"/>
        <source>A bulk credit cannot be given to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="98"/>
        <source>No reassignments left: Partner Center refuses to give this credit to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="99"/>
        <source>The first assignment is free; every later assignment uses one reassignment. Removing a user uses none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="102"/>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="105"/>
        <source>Bulk credits are valid until their end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="107"/>
        <source>Counted from the activation date (13 months unless changed in settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="108"/>
        <source>Set by the first assignment: counted from the activation date (13 months unless changed in settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="166"/>
        <source>User name (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="154"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="155"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="156"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="157"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="158"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="159"/>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="160"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="161"/>
        <source>Activated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="162"/>
        <source>Valid until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="163"/>
        <source>Reassignments used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="164"/>
        <source>Reassignments left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="165"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/partnercreditmodel.cpp" line="167"/>
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
    <name>CreditDesk::ReviewPage</name>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="117"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="118"/>
        <source>Check what you are about to do. Next notes it in the ledger, then you assign it in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="147"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="148"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="150"/>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="152"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="153"/>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages_commit.cpp" line="155"/>
        <source>Mail</source>
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
    <name>CreditDesk::UnfinishedAssignmentsDialog</name>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="28"/>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="38"/>
        <source>Unfinished assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="30"/>
        <source>CreditDesk was closed while these assignments were at the Partner Center step. Check Partner Center › Benefits › Azure credits and say how each one ended: &lt;b&gt;Record&lt;/b&gt; if the user is assigned there, &lt;b&gt;Discard&lt;/b&gt; if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="39"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="39"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="39"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="39"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="56"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="58"/>
        <source>Record the assignment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="59"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="61"/>
        <source>Discard the assignment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="79"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="99"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/unfinishedassignmentsdialog.cpp" line="99"/>
        <source>Not discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::UserChoicePage</name>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="197"/>
        <source>Choose the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="198"/>
        <source>Search your organization&apos;s directory by name, mail or user principal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="203"/>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="204"/>
        <source>Type a name, mail or user principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="207"/>
        <source>&amp;Add new user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="209"/>
        <source>Create a member account in your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="213"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="255"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="259"/>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assignmentpages.cpp" line="261"/>
        <source>%n users shown; scroll for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assignmentpages.cpp" line="262"/>
        <source>%n users.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="265"/>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="267"/>
        <source>Select a user in the table, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::UserDirectorySearch</name>
    <message>
        <location filename="../app/assignment/userdirectorysearch.cpp" line="85"/>
        <source>Microsoft Graph is not available: sign in first.</source>
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
    <name>CreditDesk::WalkthroughPage</name>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="161"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="162"/>
        <source>Read this before you assign: Partner Center does not let you undo some of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentpages.cpp" line="168"/>
        <source>I &amp;understand what happens next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDesk::Workspace</name>
    <message>
        <location filename="../app/services/workspace.cpp" line="213"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="318"/>
        <location filename="../app/services/workspace.cpp" line="331"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="251"/>
        <source>Finding billing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="110"/>
        <source>Showing your credits as of %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="220"/>
        <source>Continue signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="253"/>
        <source>Loading credit lots: %1 of %2 billing scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="274"/>
        <source>Credit lots loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="276"/>
        <source>Credit lots loaded: %1. Billing scopes that could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="279"/>
        <source>Refresh cancelled. Credit lots shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="288"/>
        <location filename="../app/services/workspace.cpp" line="295"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="311"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="347"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="369"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/workspace.cpp" line="377"/>
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
        <location filename="../ui/startup.cpp" line="49"/>
        <source>Track and assign Microsoft partner Azure credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="53"/>
        <source>Start the built-in sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="54"/>
        <source>Seed of the sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="57"/>
        <source>Where the sandbox keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="58"/>
        <source>Tenant id or domain to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="61"/>
        <source>Application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="77"/>
        <location filename="../ui/startup.cpp" line="120"/>
        <source>CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="78"/>
        <source>The benefits ledger could not be opened, so partner credits cannot be shown or assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="121"/>
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
