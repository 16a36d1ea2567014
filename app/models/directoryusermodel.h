#pragma once

#include "domain/directory.h"

#include <QAbstractTableModel>

namespace CreditDesk {

class UserDirectorySearch;

/// The results of a UserDirectorySearch as a table (name, principal name, mail, account
/// type). Scrolling to the end asks the search for the next page (canFetchMore/fetchMore).
class DirectoryUserModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PrincipalNameColumn, MailColumn, AccountTypeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { UserRole = Qt::UserRole + 1 }; ///< DirectoryUser

    explicit DirectoryUserModel(UserDirectorySearch *search, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const DirectoryUser &user(int row) const;

    /// "Member", "Guest", "Member, disabled", …
    static QString accountTypeText(const DirectoryUser &user);

private:
    UserDirectorySearch *m_search;
    int m_rows = 0;
};

} // namespace CreditDesk
