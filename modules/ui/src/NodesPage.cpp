#include "NodesPage.h"

#include <strata/core/Job.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/RemoteArchive.h>
#include <strata/ui/JobRunner.h>

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

    auto registry = net::NodeRegistry::open(m_dataDir);
    if (registry.ok())
        m_registry = std::move(registry).value();
    else
        m_status->setText(registry.error().message());
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addNode();
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

void NodesPage::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_registry)
        return;
    auto nodes = m_registry->list();
    if (!nodes.ok()) {
        m_status->setText(nodes.error().message());
        return;
    }
    for (const net::Node &n : nodes.value())
        m_list->addItem(n.name);
    if (!select.isEmpty()) {
        const auto found = m_list->findItems(select, Qt::MatchFixedString);
        if (!found.isEmpty())
            m_list->setCurrentItem(found.first());
    }
}

void NodesPage::addNode()
{
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_editing.clear();
    m_secretStored = false;
    net::Node fresh;
    fresh.port = 104;
    showNode(fresh, false);
    m_name->setFocus();
}

void NodesPage::selectNode(const QString &name)
{
    if (!m_registry)
        return;
    auto node = m_registry->get(name, false);  // the secret stays in the keychain
    if (!node.ok()) {
        m_status->setText(node.error().message());
        return;
    }
    m_editing = node.value().name;
    m_secretStored = m_registry->hasStoredSecret(m_editing);
    showNode(node.value(), true);
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
    m_list->setEnabled(m_busy == 0);
    validate();
}

void NodesPage::test()
{
    const net::Node node = formNode();
    const QString dataDir = m_dataDir;
    const QString stored = m_editing;
    const bool needStoredSecret = node.auth != net::AuthKind::None && node.secret.isEmpty() && m_secretStored;
    auto report = std::make_shared<net::ProbeReport>();
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
        return {};
    });
    connect(job, &Job::finished, this, [this, report, name = node.name] {
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
        // A stored node keeps what was found at once; a new one gets it when saved.
        if (m_registry && !m_editing.isEmpty() && m_editing.compare(name, Qt::CaseInsensitive) == 0)
            if (const auto e = m_registry->saveCapabilities(m_editing, m_capabilities))
                m_status->setText(e->message());
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
    // The keychain may wait for the user (an unlock prompt): save on the pool.
    auto *job = new TaskJob([=]() -> Error {
        auto registry = net::NodeRegistry::open(dataDir);
        if (!registry.ok())
            return registry.error();
        if (const auto e = registry.value()->save(node, replacing))
            return *e;
        return {};
    });
    connect(job, &Job::finished, this, [this, name = node.name] {
        setBusy(false);
        reload(name);
        selectNode(name);
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
    auto *job = new TaskJob([=]() -> Error {
        auto registry = net::NodeRegistry::open(dataDir);
        if (!registry.ok())
            return registry.error();
        if (const auto e = registry.value()->remove(name))
            return *e;
        return {};
    });
    connect(job, &Job::finished, this, [this, name] {
        setBusy(false);
        reload();
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
