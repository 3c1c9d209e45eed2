#include <strata/ui/ReceiveController.h>

#include <strata/net/dimse/StorageScp.h>

#include <QLabel>
#include <QSettings>
#include <QWidget>

namespace strata::ui {

ReceiveSettings ReceiveSettings::load()
{
    QSettings s;
    ReceiveSettings r;
    r.enabled = s.value(QStringLiteral("receive/enabled"), r.enabled).toBool();
    r.aeTitle = s.value(QStringLiteral("receive/aeTitle"), r.aeTitle).toString().trimmed();
    r.port = quint16(s.value(QStringLiteral("receive/port"), r.port).toUInt());
    r.allowed = s.value(QStringLiteral("receive/allowed")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &ae : r.allowed)
        ae = ae.trimmed();
    r.allowAny = s.value(QStringLiteral("receive/allowAny"), r.allowAny).toBool();
    return r;
}

void ReceiveSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("receive/enabled"), enabled);
    s.setValue(QStringLiteral("receive/aeTitle"), aeTitle);
    s.setValue(QStringLiteral("receive/port"), port);
    s.setValue(QStringLiteral("receive/allowed"), allowed.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("receive/allowAny"), allowAny);
}

ReceiveController::ReceiveController(const QString &dataDir, QWidget *statusParent)
    : QObject(statusParent), m_dataDir(dataDir), m_label(new QLabel(statusParent)), m_queue(this, Executor::Jobs)
{
    m_label->setObjectName(QStringLiteral("receiveStatus"));
    m_label->hide();
    apply();
}

ReceiveController::~ReceiveController()
{
    m_queue.waitForDone();
    if (m_scp)
        m_scp->stop();
}

QString ReceiveController::statusText() const { return m_label->text(); }

void ReceiveController::show(const QString &text, const QString &tip)
{
    m_label->setText(text);
    m_label->setToolTip(tip);
    m_label->setVisible(!text.isEmpty());
    emit statusChanged(text);
}

void ReceiveController::apply()
{
    const ReceiveSettings wanted = ReceiveSettings::load();
    if (wanted == m_applied && (m_scp != nullptr) == wanted.enabled)
        return;
    m_applied = wanted;
    std::shared_ptr<net::StorageScp> old = std::move(m_scp);
    std::shared_ptr<net::StorageScp> next;
    if (wanted.enabled) {
        net::StorageScpConfig config;
        config.aeTitle = wanted.aeTitle.isEmpty() ? QStringLiteral("STRATA") : wanted.aeTitle;
        config.port = wanted.port;
        config.bindAddress = QStringLiteral("0.0.0.0");
        config.allowedCallingAeTitles = wanted.allowed;
        config.acceptAnyCallingAe = wanted.allowAny;
        config.maxAssociationSeconds = 3600;
        config.dataDir = m_dataDir;
        next = std::make_shared<net::StorageScp>(config);
        connect(next.get(), &net::StorageScp::imported, this, [this](int instances, const QStringList &studies) {
            if (instances > 0)
                emit studiesArrived(studies);
        });
        connect(next.get(), &net::StorageScp::associationRejected, this, [this](const QString &ae, const QString &why) {
            m_label->setToolTip(tr("Last refused: %1 (%2)").arg(ae, why));
        });
    }
    m_scp = next;
    m_listening = false;
    show(wanted.enabled ? tr("Receiving: starting…") : QString(), QString());
    // Off the GUI thread: the old SCP gives its transfers their grace period, then the new one binds.
    m_queue.post(
        [old, next]() -> QString {
            if (old)
                old->stop();
            if (!next)
                return {};
            auto started = next->start();
            return started.ok() ? QString() : started.error().message();
        },
        [this, next, wanted](const QString &error) {
            if (next != m_scp)
                return;   // a later apply() replaced it
            if (!next)
                return show(QString(), QString());
            if (!error.isEmpty()) {
                m_scp.reset();
                m_applied.enabled = false;   // so that the next apply() tries again
                return show(tr("Receiving: off (%1)").arg(error), error);
            }
            m_listening = true;
            show(tr("Receiving as %1 on port %2").arg(wanted.aeTitle.isEmpty() ? QStringLiteral("STRATA") : wanted.aeTitle).arg(next->port()),
                 wanted.allowAny ? tr("Any sender is let in") : tr("Senders let in: %1").arg(wanted.allowed.join(QStringLiteral(", "))));
        });
}

} // namespace strata::ui
