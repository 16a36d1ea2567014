// Microsoft.Billing 2024-04-01: billing accounts, billing profiles and MPA customers, in the
// shapes of billingAccountsList.json and billingProfilesListByBillingAccount.json.

#include "arm/armhandlers.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

void writeAccount(JsonWriter &w, const BillingWorld &world, int index)
{
    const BillingAccountRecord &a = world.accounts()[index];
    QLatin1StringView accountType = "Business"_L1;
    if (a.agreement == ArmAgreementType::EnterpriseAgreement)
        accountType = "Enterprise"_L1;
    else if (a.agreement == ArmAgreementType::MicrosoftPartnerAgreement)
        accountType = "Partner"_L1;
    w.beginObject()
        .field("id"_L1, accountId(world, index))
        .field("name"_L1, a.name)
        .field("type"_L1, "Microsoft.Billing/billingAccounts"_L1)
        .key("properties"_L1)
        .beginObject()
        .field("displayName"_L1, a.displayName)
        .field("agreementType"_L1, agreementTypeText(a.agreement))
        .field("accountStatus"_L1, "Active"_L1)
        .field("accountType"_L1, accountType)
        .field("hasReadAccess"_L1, true)
        .endObject()
        .endObject();
}

void writeAzurePlans(JsonWriter &w)
{
    w.key("enabledAzurePlans"_L1).beginArray();
    w.beginObject().field("skuId"_L1, "0001"_L1).field("skuDescription"_L1, "Microsoft Azure Plan"_L1).endObject();
    w.beginObject()
        .field("skuId"_L1, "0002"_L1)
        .field("skuDescription"_L1, "Microsoft Azure Plan for DevTest"_L1)
        .endObject();
    w.endArray();
}

void writeProfile(JsonWriter &w, const Dataset &dataset, int index)
{
    const BillingWorld &world = dataset.billing();
    const BillingProfileRecord &p = world.profiles()[index];
    const bool partner = world.accounts()[p.account].agreement == ArmAgreementType::MicrosoftPartnerAgreement;
    const SandboxUser &admin = dataset.signedInUser();
    w.beginObject()
        .field("id"_L1, profileId(world, index))
        .field("name"_L1, p.name)
        .field("type"_L1, "Microsoft.Billing/billingAccounts/billingProfiles"_L1)
        .key("properties"_L1)
        .beginObject()
        .field("displayName"_L1, p.displayName)
        .field("billingRelationshipType"_L1, partner ? "CSPPartner"_L1 : "Direct"_L1);
    w.key("billTo"_L1)
        .beginObject()
        .field("companyName"_L1, dataset.organizationName())
        .field("firstName"_L1, admin.givenName)
        .field("lastName"_L1, admin.surname)
        .field("addressLine1"_L1, "1 Microsoft Way"_L1)
        .field("city"_L1, "Redmond"_L1)
        .field("postalCode"_L1, "98052"_L1)
        .field("region"_L1, "WA"_L1)
        .field("country"_L1, "US"_L1)
        .field("email"_L1, admin.mail)
        .endObject();
    w.field("currency"_L1, p.currency);
    writeAzurePlans(w);
    w.field("invoiceDay"_L1, p.invoiceDay)
        .field("invoiceEmailOptIn"_L1, true)
        .field("poNumber"_L1, p.poNumber)
        .field("hasReadAccess"_L1, true)
        .field("systemId"_L1, p.systemId)
        .field("status"_L1, "Active"_L1)
        .field("spendingLimit"_L1, "Off"_L1)
        .endObject()
        .endObject();
}

void writeCustomer(JsonWriter &w, const BillingWorld &world, int index)
{
    const CustomerRecord &c = world.customers()[index];
    const BillingAccountRecord &account = world.accounts()[c.account];
    const int partnerProfile = account.profiles.isEmpty() ? -1 : account.profiles.constFirst();
    w.beginObject()
        .field("id"_L1, customerId(world, index))
        .field("name"_L1, c.name)
        .field("type"_L1, "Microsoft.Billing/billingAccounts/customers"_L1)
        .key("properties"_L1)
        .beginObject()
        .field("displayName"_L1, c.displayName);
    if (partnerProfile >= 0) {
        w.field("billingProfileDisplayName"_L1, world.profiles()[partnerProfile].displayName)
            .field("billingProfileId"_L1, profileId(world, partnerProfile));
    }
    w.field("systemId"_L1, c.name.left(8).toUpper()).field("status"_L1, "Active"_L1);
    writeAzurePlans(w);
    w.endObject().endObject();
}

/// Index of the account named by params[0], or -1.
int accountFrom(const Context &c, const Params &params)
{
    return c.world().findAccount(params.value(0));
}

} // namespace

Response listBillingAccounts(const Context &c, const Params &)
{
    const BillingWorld &world = c.world();
    return pagedList(c, world.accounts().size(),
                     [&world](JsonWriter &w, qsizetype i) { writeAccount(w, world, static_cast<int>(i)); });
}

Response getBillingAccount(const Context &c, const Params &params)
{
    const int account = accountFrom(c, params);
    if (account < 0)
        return accountNotFound(params.value(0));
    JsonWriter w;
    writeAccount(w, c.world(), account);
    return jsonResponse(w.take());
}

Response listBillingProfiles(const Context &c, const Params &params)
{
    const int account = accountFrom(c, params);
    if (account < 0)
        return accountNotFound(params.value(0));
    const BillingAccountRecord &a = c.world().accounts()[account];
    if (a.agreement == ArmAgreementType::EnterpriseAgreement) {
        return error(
            400, u"InvalidBillingAccountType"_s,
            u"Billing profiles are not supported for billing accounts with agreement type EnterpriseAgreement."_s);
    }
    const Dataset &dataset = c.dataset;
    return pagedList(c, a.profiles.size(),
                     [&dataset, &a](JsonWriter &w, qsizetype i) { writeProfile(w, dataset, a.profiles[i]); });
}

Response getBillingProfile(const Context &c, const Params &params)
{
    const int account = accountFrom(c, params);
    if (account < 0)
        return accountNotFound(params.value(0));
    const int profile = c.world().findProfile(account, params.value(1));
    if (profile < 0)
        return profileNotFound(params.value(0), params.value(1));
    JsonWriter w;
    writeProfile(w, c.dataset, profile);
    return jsonResponse(w.take());
}

Response listCustomers(const Context &c, const Params &params)
{
    const int account = accountFrom(c, params);
    if (account < 0)
        return accountNotFound(params.value(0));
    const BillingAccountRecord &a = c.world().accounts()[account];
    if (a.agreement != ArmAgreementType::MicrosoftPartnerAgreement) {
        return error(
            400, u"InvalidBillingAccountType"_s,
            u"Customers are only available on billing accounts with agreement type MicrosoftPartnerAgreement."_s);
    }
    const BillingWorld &world = c.world();
    return pagedList(c, a.customers.size(),
                     [&world, &a](JsonWriter &w, qsizetype i) { writeCustomer(w, world, a.customers[i]); });
}

Response getCustomer(const Context &c, const Params &params)
{
    const int account = accountFrom(c, params);
    if (account < 0)
        return accountNotFound(params.value(0));
    const int customer = c.world().findCustomer(account, params.value(1));
    if (customer < 0)
        return customerNotFound(params.value(0), params.value(1));
    JsonWriter w;
    writeCustomer(w, c.world(), customer);
    return jsonResponse(w.take());
}

} // namespace CreditDesk::Sandbox::Arm
