#include "NodesPage.h"

#include <strata/core/Executors.h>
#include <strata/core/Job.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/Probe.h>
#include <strata/net/RemoteArchive.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <optional>

namespace strata::ui {
namespace {

/// A job that runs one function on the pool (the registry and the probe block: never on the GUI thread).
class TaskJob : public Job {
public:
    explicit TaskJob(std::function<Error()> task) : m_task(std::move(task)) {}

protected:
    Error execute() override { return m_task(); }

private:
    std::function<Error()> m_task;
};

struct CapabilityRow {
    const char *key;
    const char *label;
    bool net::Capabilities::*flag;
};

const CapabilityRow kCapabilities[] = {
    {"echo", QT_TRANSLATE_NOOP("NodesPage", "C-ECHO"), &net::Capabilities::echo},
    {"findStudyRoot", QT_TRANSLATE_NOOP("NodesPage", "C-FIND (study root)"), &net::Capabilities::findStudyRoot},
    {"findPatientRoot", QT_TRANSLATE_NOOP("NodesPage", "C-FIND (patient root)"), &net::Capabilities::findPatientRoot},
    {"cGet", QT_TRANSLATE_NOOP("NodesPage", "C-GET"), &net::Capabilities::cGet},
    {"cMove", QT_TRANSLATE_NOOP("NodesPage", "C-MOVE"), &net::Capabilities::cMove},
    {"cStore", QT_TRANSLATE_NOOP("NodesPage", "C-STORE"), &net::Capabilities::cStore},
    {"qidoRs", QT_TRANSLATE_NOOP("NodesPage", "QIDO-RS"), &net::Capabilities::qidoRs},
    {"wadoRs", QT_TRANSLATE_NOOP("NodesPage", "WADO-RS"), &net::Capabilities::wadoRs},
    {"stowRs", QT_TRANSLATE_NOOP("NodesPage", "STOW-RS"), &net::Capabilities::stowRs},
    {"orthancRest", QT_TRANSLATE_NOOP("NodesPage", "Orthanc REST"), &net::Capabilities::orthancRest},
};

} // namespace

/// What the page shows from the registry: the node names, and one node with whether its secret is
/// stored (the secret itself stays in the keychain).
struct NodesPage::Listing {
    QStringList names;
    std::optional<net::Node> node;
    bool secretStored = false;
    QString error;
};

struct NodesPage::Selected {
    net::Node node;
    bool secretStored = false;
    QString error;
};

namespace {

/// On a worker: the registry's names, and the node `select` (or, with `first`, the first one).
template <class Listing>
Listing readListing(net::NodeRegistry &registry, const QString &select, bool first)
{
    Listing listing;
    auto nodes = registry.list();
    if (!nodes.ok()) {
        listing.error = nodes.error().message();
        return listing;
    }
    for (const net::Node &n : nodes.value())
        listing.names << n.name;
    const QString name = !select.isEmpty() ? select : first ? listing.names.value(0) : QString();
    if (name.isEmpty())
        return listing;
    auto node = registry.get(name, false);  // the secret stays in the keychain
    if (!node.ok()) {
        listing.error = node.error().message();
        return listing;
    }
    listing.node = node.value();
    listing.secretStored = registry.hasStoredSecret(node.value().name);
    return listing;
}

template <class Listing>
Listing readListing(const QString &dataDir, const QString &select, bool first)
{
    auto registry = net::NodeRegistry::open(dataDir);
    if (!registry.ok()) {
        Listing listing;
        listing.error = registry.error().message();
        return listing;
    }
    return readListing<Listing>(*registry.value(), select, first);
}

} // namespace

NodesPage::NodesPage(const QString &dataDir, QWidget *parent) : QWidget(parent), m_dataDir(dataDir)
{
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nodeList"));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addNode"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeNode"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    auto line = [this](const char *name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &NodesPage::validate);
        return edit;
    };
    m_name = line("name", tr("e.g. Main archive"));
    m_aeTitle = line("aeTitle", tr("e.g. ORTHANC"));
    m_host = line("host", tr("host name or IP address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(104);
    connect(m_port, &QSpinBox::valueChanged, this, &NodesPage::validate);
    m_callingAe = line("callingAeTitle");
    m_dicomWeb = line("dicomWebUrl", tr("optional, e.g. http://pacs:8042/dicom-web"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("None"), int(net::AuthKind::None));
    m_auth->addItem(tr("Basic (user name and password)"), int(net::AuthKind::Basic));
    m_auth->addItem(tr("Bearer token"), int(net::AuthKind::Bearer));
    connect(m_auth, &QComboBox::currentIndexChanged, this, &NodesPage::validate);
    m_user = line("username");
    m_secret = line("secret");
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("AE title"), m_aeTitle);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Strata's AE title"), m_callingAe);
    form->addRow(tr("DICOMweb URL"), m_dicomWeb);
    form->addRow(tr("Authentication"), m_auth);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password / token"), m_secret);
    right->addLayout(form);

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    m_tls = new QCheckBox(tr("Use TLS for DIMSE"), tlsBox);
    m_tls->setObjectName(QStringLiteral("tls"));
    connect(m_tls, &QCheckBox::toggled, this, &NodesPage::validate);
    m_tlsCa = line("tlsCa", tr("PEM file of the certificates to trust"));
    m_tlsCert = line("tlsCert", tr("optional: Strata's certificate (PEM)"));
    m_tlsKey = line("tlsKey", tr("its private key (PEM)"));
    m_tlsVerify = new QCheckBox(tr("Verify the node's certificate"), tlsBox);
    m_tlsVerify->setChecked(true);
    connect(m_tlsVerify, &QCheckBox::toggled, this, &NodesPage::validate);
    tlsForm->addRow(m_tls);
    tlsForm->addRow(tr("Trusted certificates"), m_tlsCa);
    tlsForm->addRow(tr("Certificate"), m_tlsCert);
    tlsForm->addRow(tr("Private key"), m_tlsKey);
    tlsForm->addRow(m_tlsVerify);
    right->addWidget(tlsBox);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_problems);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testNode"));
    m_test->setToolTip(tr("Find out what the node supports: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveNode"));
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    right->addLayout(buttons);

    auto *capsBox = new QGroupBox(tr("Supports"), this);
    auto *capsGrid = new QGridLayout(capsBox);
    int i = 0;
    for (const CapabilityRow &row : kCapabilities) {
        auto *label = new QLabel(capsBox);
        label->setObjectName(QStringLiteral("capability-") + QLatin1String(row.key));
        m_capabilityLabels.insert(QLatin1String(row.key), label);
        capsGrid->addWidget(label, i / 2, i % 2);
        ++i;
    }
    right->addWidget(capsBox);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_add, &QPushButton::clicked, this, &NodesPage::addNode);
    connect(m_remove, &QPushButton::clicked, this, &NodesPage::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &NodesPage::save);
    connect(m_test, &QPushButton::clicked, this, &NodesPage::test);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_editing)
            selectNode(name);
    });

    // The index may be busy (an import, another process) and the keychain slow: the page starts
    // with a blank form and the list loads off the GUI thread; the first node is shown when it is
    // in, unless the user has started on the form meanwhile.
    addNode();
    m_loading = true;
    m_list->setEnabled(false);
    m_status->setText(tr("Loading the nodes…"));
    m_listing.start([dataDir = m_dataDir](const CancellationToken &) { return readListing<Listing>(dataDir, {}, true); },
                    [this](const Listing &listing) {
                        finishLoading();
                        const bool blank = formIsBlank();
                        showListing(listing);
                        if (listing.node && blank)
                            showSelected(*listing.node, listing.secretStored);
                        emit nodesLoaded();
                    });
}

NodesPage::~NodesPage() = default;

net::Node NodesPage::formNode() const
{
    net::Node n;
    n.name = m_name->text();
    n.aeTitle = m_aeTitle->text().trimmed();
    n.host = m_host->text().trimmed();
    n.port = quint16(m_port->value());
    n.callingAeTitle = m_callingAe->text().trimmed();
    n.dicomWebUrl = m_dicomWeb->text().trimmed();
    n.auth = net::AuthKind(m_auth->currentData().toInt());
    n.username = n.auth == net::AuthKind::Basic ? m_user->text() : QString();
    n.secret = n.auth == net::AuthKind::None ? QString() : m_secret->text();
    n.tls.enabled = m_tls->isChecked();
    n.tls.trustedCertificates = m_tlsCa->text().trimmed();
    n.tls.certificateFile = m_tlsCert->text().trimmed();
    n.tls.privateKeyFile = m_tlsKey->text().trimmed();
    n.tls.verifyPeer = m_tlsVerify->isChecked();
    n.capabilities = m_capabilities;
    return n;
}

QStringList NodesPage::problems() const
{
    net::NodeValidationContext context;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->text().compare(m_editing, Qt::CaseInsensitive) != 0)
            context.takenNames << m_list->item(i)->text();
    context.secretStored = m_secretStored;
    return net::validateNode(formNode(), context);
}

void NodesPage::showListing(const Listing &listing)
{
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_list->addItems(listing.names);
    }
    if (!listing.error.isEmpty())
        m_status->setText(listing.error);
}

void NodesPage::finishLoading()
{
    if (!m_loading)
        return;
    m_listing.cancel();  // when a save or a removal read the list first
    m_loading = false;
    m_list->setEnabled(m_busy == 0);
    if (m_status->text() == tr("Loading the nodes…"))
        m_status->clear();
}

bool NodesPage::formIsBlank() const
{
    return m_editing.isEmpty() && m_name->text().isEmpty() && m_aeTitle->text().isEmpty() && m_host->text().isEmpty()
           && m_dicomWeb->text().isEmpty();
}

void NodesPage::addNode()
{
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_selection.cancel();  // a node still on its way must not replace the new one
    m_editing.clear();
    m_secretStored = false;
    net::Node fresh;
    fresh.port = 104;
    showNode(fresh, false);
    m_name->setFocus();
}

void NodesPage::selectNode(const QString &name)
{
    m_selection.start(
        [dataDir = m_dataDir, name](const CancellationToken &) {
            Selected selected;
            auto listing = readListing<Listing>(dataDir, name, false);
            selected.error = listing.error;
            if (listing.node)
                selected.node = *listing.node;
            selected.secretStored = listing.secretStored;
            return selected;
        },
        [this](const Selected &selected) {
            if (!selected.error.isEmpty())
                m_status->setText(selected.error);
            else
                showSelected(selected.node, selected.secretStored);
        });
}

void NodesPage::showSelected(const net::Node &node, bool secretStored)
{
    m_editing = node.name;
    m_secretStored = secretStored;
    showNode(node, true);
    const QSignalBlocker block(m_list);
    const auto found = m_list->findItems(m_editing, Qt::MatchFixedString);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void NodesPage::showNode(const net::Node &n, bool stored)
{
    const QList<QWidget *> fields{m_name, m_aeTitle, m_host, m_port, m_callingAe, m_dicomWeb, m_auth, m_user, m_secret,
                                  m_tls, m_tlsCa, m_tlsCert, m_tlsKey, m_tlsVerify};
    for (QWidget *w : fields)
        w->blockSignals(true);
    m_name->setText(n.name);
    m_aeTitle->setText(n.aeTitle);
    m_host->setText(n.host);
    m_port->setValue(n.port ? n.port : 104);
    m_callingAe->setText(n.callingAeTitle);
    m_dicomWeb->setText(n.dicomWebUrl);
    m_auth->setCurrentIndex(m_auth->findData(int(n.auth)));
    m_user->setText(n.username);
    m_secret->clear();
    m_secret->setPlaceholderText(m_secretStored ? tr("kept in the system keychain (type to replace)") : tr("kept in the system keychain"));
    m_tls->setChecked(n.tls.enabled);
    m_tlsCa->setText(n.tls.trustedCertificates);
    m_tlsCert->setText(n.tls.certificateFile);
    m_tlsKey->setText(n.tls.privateKeyFile);
    m_tlsVerify->setChecked(n.tls.verifyPeer);
    for (QWidget *w : fields)
        w->blockSignals(false);
    m_capabilities = n.capabilities;
    showCapabilities(m_capabilities);
    m_status->setText(stored && n.capabilities.probedAt.isValid()
                          ? tr("Tested %1").arg(QLocale().toString(n.capabilities.probedAt.toLocalTime(), QLocale::ShortFormat))
                          : QString());
    validate();
}

void NodesPage::validate()
{
    const net::AuthKind auth = net::AuthKind(m_auth->currentData().toInt());
    m_user->setEnabled(auth == net::AuthKind::Basic);
    m_secret->setEnabled(auth != net::AuthKind::None);
    for (QLineEdit *e : {m_tlsCa, m_tlsCert, m_tlsKey})
        e->setEnabled(m_tls->isChecked());
    m_tlsVerify->setEnabled(m_tls->isChecked());

    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    // Test needs a reachable description, not a good name: check the node under a stand-in name.
    net::Node probeable = formNode();
    probeable.name = QStringLiteral("node");
    net::NodeValidationContext context;
    context.secretStored = m_secretStored;
    const bool canTest = net::validateNode(probeable, context).isEmpty();
    m_save->setEnabled(list.isEmpty() && m_busy == 0);
    m_test->setEnabled(canTest && m_busy == 0);
    m_remove->setEnabled(!m_editing.isEmpty() && m_busy == 0);
}

void NodesPage::showCapabilities(const net::Capabilities &caps)
{
    for (const CapabilityRow &row : kCapabilities) {
        QLabel *label = m_capabilityLabels.value(QLatin1String(row.key));
        const QString name = QCoreApplication::translate("NodesPage", row.label);  // the context of QT_TRANSLATE_NOOP above
        if (!caps.probed) {
            label->setText(QStringLiteral("– ") + name);
            label->setStyleSheet(QStringLiteral("color: gray;"));
        } else if (caps.*(row.flag)) {
            label->setText(QStringLiteral("✓ ") + name);
            label->setStyleSheet(QStringLiteral("color: #1b7f2a;"));
        } else {
            label->setText(QStringLiteral("✗ ") + name);
            label->setStyleSheet(QStringLiteral("color: gray;"));
        }
    }
}

void NodesPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    m_add->setEnabled(m_busy == 0);
    m_list->setEnabled(m_busy == 0 && !m_loading);
    validate();
}

void NodesPage::test()
{
    const net::Node node = formNode();
    const QString dataDir = m_dataDir;
    const QString stored = m_editing;
    const bool needStoredSecret = node.auth != net::AuthKind::None && node.secret.isEmpty() && m_secretStored;
    auto report = std::make_shared<net::ProbeReport>();
    auto keepError = std::make_shared<QString>();  // saving what was found for a stored node
    auto *job = new TaskJob([=]() -> Error {
        net::Node n = node;
        if (needStoredSecret) {
            auto registry = net::NodeRegistry::open(dataDir);
            if (!registry.ok())
                return registry.error();
            auto withSecret = registry.value()->get(stored);
            if (!withSecret.ok())
                return withSecret.error();
            n.secret = withSecret.value().secret;
        }
        net::Timeouts t;
        t.connect = 5;
        t.acse = 10;
        t.dimse = 15;
        auto r = net::RemoteArchive(n, t).probe();
        if (!r.ok())
            return r.error();
        *report = r.value();
        // A stored node keeps what was found at once; a new one gets it when saved. (The list is
        // disabled while the test runs: the form still edits `stored` when it ends.)
        if (!stored.isEmpty() && stored.compare(node.name, Qt::CaseInsensitive) == 0) {
            auto registry = net::NodeRegistry::open(dataDir);
            if (!registry.ok())
                *keepError = registry.error().message();
            else if (const auto e = registry.value()->saveCapabilities(stored, report->capabilities))
                *keepError = e->message();
        }
        return {};
    });
    connect(job, &Job::finished, this, [this, report, keepError] {
        m_capabilities = report->capabilities;
        showCapabilities(m_capabilities);
        // Each check mark explains itself: what was tried and what the node answered.
        for (const CapabilityRow &row : kCapabilities) {
            QStringList why;
            for (const QString &note : report->notes)
                if (note.section(QLatin1Char(':'), 0, 0).contains(QLatin1String(row.label)))
                    why << note;
            m_capabilityLabels.value(QLatin1String(row.key))->setToolTip(why.join(QLatin1Char('\n')));
        }
        m_status->setText(tr("Tested just now (hover over a result for what the node answered)."));
        if (!keepError->isEmpty())
            m_status->setText(*keepError);
        setBusy(false);
        emit testFinished(true);
    });
    connect(job, &Job::failed, this, [this](const Error &e) {
        m_capabilities = {};
        showCapabilities(m_capabilities);
        m_status->setText(tr("Test failed: %1").arg(e.message()));
        setBusy(false);
        emit testFinished(false);
    });
    m_status->setText(tr("Testing %1…").arg(node.label()));
    setBusy(true);
    startOwnedJob(job);
}

void NodesPage::save()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        validate();
        emit saveFinished(false);
        return;
    }
    const net::Node node = formNode();
    const QString dataDir = m_dataDir;
    const QString replacing = m_editing;
    // The keychain may wait for the user (an unlock prompt): save on the Jobs executor, and read
    // the list and the saved node back there too.
    auto listing = std::make_shared<Listing>();
    auto *job = new TaskJob([=]() -> Error {
        auto registry = net::NodeRegistry::open(dataDir);
        if (!registry.ok())
            return registry.error();
        if (const auto e = registry.value()->save(node, replacing))
            return *e;
        *listing = readListing<Listing>(*registry.value(), node.name, false);
        return {};
    });
    connect(job, &Job::finished, this, [this, listing] {
        finishLoading();  // this list is newer than one still loading
        m_selection.cancel();
        setBusy(false);
        showListing(*listing);
        if (listing->node)
            showSelected(*listing->node, listing->secretStored);
        m_status->setText(tr("Saved."));
        emit nodesChanged();
        emit saveFinished(true);
    });
    connect(job, &Job::failed, this, [this](const Error &e) {
        setBusy(false);
        m_problems->setText(e.code == ErrorCode::InvalidArgument ? e.reason : e.message());
        m_problems->setVisible(true);
        emit saveFinished(false);
    });
    m_status->setText(tr("Saving…"));
    setBusy(true);
    startOwnedJob(job);
}

void NodesPage::removeSelected()
{
    if (m_editing.isEmpty())
        return;
    const QString dataDir = m_dataDir;
    const QString name = m_editing;
    auto listing = std::make_shared<Listing>();
    auto *job = new TaskJob([=]() -> Error {
        auto registry = net::NodeRegistry::open(dataDir);
        if (!registry.ok())
            return registry.error();
        if (const auto e = registry.value()->remove(name))
            return *e;
        *listing = readListing<Listing>(*registry.value(), {}, false);
        return {};
    });
    connect(job, &Job::finished, this, [this, name, listing] {
        finishLoading();  // this list is newer than one still loading
        setBusy(false);
        showListing(*listing);
        addNode();
        m_status->setText(tr("Removed %1.").arg(name));
        emit nodesChanged();
    });
    connect(job, &Job::failed, this, [this](const Error &e) {
        setBusy(false);
        m_status->setText(e.message());
    });
    setBusy(true);
    startOwnedJob(job);
}

} // namespace strata::ui
