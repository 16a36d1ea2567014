#include "models/directoryusermodel.h"

#include "assignment/userdirectorysearch.h"

namespace CreditDesk {

DirectoryUserModel::DirectoryUserModel(UserDirectorySearch *search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
{
    m_rows = int(search->users().size());
    connect(search, &UserDirectorySearch::resultsReset, this, [this] {
        beginResetModel();
        m_rows = int(m_search->users().size());
        endResetModel();
    });
    connect(search, &UserDirectorySearch::usersAppended, this, [this](int first, int count) {
        if (first != m_rows) { // out of step (never expected): start over rather than lie
            beginResetModel();
            m_rows = int(m_search->users().size());
            endResetModel();
            return;
        }
        beginInsertRows({}, first, first + count - 1);
        m_rows = first + count;
        endInsertRows();
    });
}

int DirectoryUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DirectoryUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DirectoryUser &DirectoryUserModel::user(int row) const
{
    return m_search->users().at(row);
}

QString DirectoryUserModel::accountTypeText(const DirectoryUser &user)
{
    QString text = user.isGuest() ? tr("Guest") : tr("Member");
    if (!user.accountEnabled)
        //: account type of a directory user whose sign-in is blocked, e.g. "Member, disabled"
        text = tr("%1, disabled").arg(text);
    return text;
}

QVariant DirectoryUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryUser &u = user(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return u.displayName;
        case PrincipalNameColumn: return u.userPrincipalName;
        case MailColumn: return u.mail;
        case AccountTypeColumn: return accountTypeText(u);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AccountTypeColumn && u.isGuest())
            return tr("Guests are invited from another organization; partner credits go to members only.");
        return {};
    case UserRole: return QVariant::fromValue(u);
    default: return {};
    }
}

QVariant DirectoryUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case PrincipalNameColumn: return tr("User principal name");
    case MailColumn: return tr("Mail");
    case AccountTypeColumn: return tr("Account type");
    default: return {};
    }
}

bool DirectoryUserModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_search->canFetchMore();
}

void DirectoryUserModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_search->fetchMore();
}

} // namespace CreditDesk
