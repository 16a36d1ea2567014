#include "filechooser.h"

#include <optional>

namespace CreditDesk {

namespace {
// GUI-thread only, like every widget: no lock.
std::optional<QString> nextFileName;
FileChooser::Request lastAsked;

void ask(QWidget *parent, const FileChooser::Request &request, QObject *context, FileChooser::Chosen chosen,
         QFileDialog::Options options)
{
    lastAsked = request;
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        if (chosen)
            chosen(answer);
        return;
    }
    // As QFileDialog's static functions build theirs: a file in the suggestion is preselected.
    auto *dialog = new QFileDialog(parent, request.caption, request.suggested, request.filter);
    dialog->setAcceptMode(request.save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(request.save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setOptions(options);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog] { dialog->deleteLater(); });
    QObject::connect(dialog, &QDialog::finished, context ? context : dialog,
                     [dialog, done = std::move(chosen)](int result) {
                         const QStringList files = dialog->selectedFiles();
                         if (done)
                             done(result == QDialog::Accepted && !files.isEmpty() ? files.constFirst() : QString());
                     });
    dialog->open();
}
} // namespace

void FileChooser::save(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                       QObject *context, Chosen chosen, QFileDialog::Options options)
{
    ask(parent, {true, caption, suggested, filter}, context, std::move(chosen), options);
}

void FileChooser::open(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                       QObject *context, Chosen chosen)
{
    ask(parent, {false, caption, directory, filter}, context, std::move(chosen), {});
}

void FileChooser::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

FileChooser::Request FileChooser::lastRequest()
{
    return lastAsked;
}

void FileChooser::reset()
{
    nextFileName.reset();
    lastAsked = {};
}

} // namespace CreditDesk
