<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../frontdesk/ui/account_fields.py" line="+19"/>
        <location line="+4"/>
        <source>Gateway API key</source>
        <translation>Clé API de la passerelle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The integration&apos;s key from PatientNow</source>
        <translation>La clé de l&apos;intégration, fournie par PatientNow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integration&apos;s key from VISH</source>
        <translation>La clé de l&apos;intégration, fournie par VISH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API user name</source>
        <translation>Nom d&apos;utilisateur API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user frontdesk signs in as</source>
        <translation>L&apos;utilisateur avec lequel frontdesk se connecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API user password</source>
        <translation>Mot de passe de l&apos;utilisateur API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CompanyId</source>
        <translation>CompanyId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this location only</source>
        <translation>Facultatif : travailler avec ce lieu uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrator key (x-api-key)</source>
        <translation>Clé d&apos;intégrateur (x-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From PracSuite&apos;s integration settings</source>
        <translation>Dans les réglages d&apos;intégration de PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic key (A-api-key)</source>
        <translation>Clé du cabinet (A-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic&apos;s own key, from PracSuite</source>
        <translation>La clé propre du cabinet, fournie par PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner API key</source>
        <translation>Clé API partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the Providers scope</source>
        <translation>Nécessite la portée Providers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User e-mail</source>
        <translation>E-mail de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Progenda user frontdesk acts as</source>
        <translation>L&apos;utilisateur Progenda au nom duquel frontdesk agit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user&apos;s API token, from Progenda</source>
        <translation>Le jeton API de cet utilisateur, fourni par Progenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center ID</source>
        <translation>ID du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this center only</source>
        <translation>Facultatif : travailler avec ce centre uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice code (PPass)</source>
        <translation>Code du cabinet (PPass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As shown in Naturaesoft&apos;s settings</source>
        <translation>Tel qu&apos;affiché dans les réglages de Naturaesoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the name shown in frontdesk</source>
        <translation>Facultatif : le nom affiché dans frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by SyncVet for frontdesk</source>
        <translation>Délivré par SyncVet pour frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with the client ID</source>
        <translation>Délivré avec l&apos;ID client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice ID</source>
        <translation>ID du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this practice only</source>
        <translation>Facultatif : travailler avec ce cabinet uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Optional, e.g. Europe/Brussels (the clinic&apos;s, when not sent)</source>
        <translation>Facultatif, p. ex. Europe/Brussels (si non envoyé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. America/Chicago</source>
        <translation>Facultatif, p. ex. America/Chicago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token address</source>
        <translation>Adresse du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Only when SyncVet gives another one</source>
        <translation>Seulement si SyncVet en donne une autre</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frontdesk&apos;s own limit for this account</source>
        <translation>La limite propre de frontdesk pour ce compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days kept back</source>
        <translation>Jours passés gardés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many past days of the book are fetched</source>
        <translation>Combien de jours passés de l&apos;agenda sont récupérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days fetched ahead</source>
        <translation>Jours récupérés à l&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead are fetched</source>
        <translation>Combien de jours à venir sont récupérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the book and computed openings, e.g. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</source>
        <translation>Pour l&apos;agenda et les plages calculées, p. ex. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per request</source>
        <translation>Enregistrements par requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the vendor&apos;s support asks</source>
        <translation>Seulement à la demande du support du fournisseur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the PatientNow API user. Optionally a CompanyId to work with one location only.</source>
        <translation>La clé API de passerelle de l&apos;intégration, et le nom et le mot de passe de l&apos;utilisateur API PatientNow. Facultativement un CompanyId pour ne travailler qu&apos;avec un lieu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the VISH API user. Optionally a CompanyId to work with one location only.</source>
        <translation>La clé API de passerelle de l&apos;intégration, et le nom et le mot de passe de l&apos;utilisateur API VISH. Facultativement un CompanyId pour ne travailler qu&apos;avec un lieu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integrator&apos;s API key (x-api-key) and the clinic&apos;s key (A-api-key) from PracSuite&apos;s integration settings.</source>
        <translation>La clé API de l&apos;intégrateur (x-api-key) et la clé du cabinet (A-api-key), dans les réglages d&apos;intégration de PracSuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address and API token of the Progenda user frontdesk acts as.</source>
        <translation>L&apos;adresse e-mail et le jeton API de l&apos;utilisateur Progenda au nom duquel frontdesk agit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice code (PPass) and a partner API key with the Providers scope. The server address is assumed (https://api.naturaesoft.com): ask Naturaesoft.</source>
        <translation>Le code du cabinet (PPass) et une clé API partenaire avec la portée Providers. L&apos;adresse du serveur est supposée (https://api.naturaesoft.com) : demandez à Naturaesoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client ID and client secret SyncVet issued for frontdesk; the practice ID limits the account to one practice.</source>
        <translation>L&apos;ID client et le secret client délivrés par SyncVet pour frontdesk ; l&apos;ID du cabinet limite le compte à un cabinet.</translation>
    </message>
</context>
<context>
    <name>AccountStatusStrip</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="+95"/>
        <source>synced %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>syncing… (last %1)</source>
        <translation>synchronisation… (dernière à %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline · as of %1</source>
        <translation>hors ligne · état de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>needs login</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>incomplete · as of %1</source>
        <translation>incomplet · état de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>syncing</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes waiting</source>
        <translation>Envois en attente</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <location line="+8"/>
        <source>%Ln request(s) left today</source>
        <translation>
            <numerusform>%Ln requête restante aujourd&apos;hui</numerusform>
            <numerusform>%Ln requêtes restantes aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <location line="+7"/>
        <source>%n write(s) waiting</source>
        <translation>
            <numerusform>%n envoi en attente</numerusform>
            <numerusform>%n envois en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next try at %1</source>
        <translation>Prochain essai à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(click for every account)</source>
        <translation>(cliquez pour voir tous les comptes)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) saved here, waiting to be sent</source>
        <translation>
            <numerusform>%n modification enregistrée ici, en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications enregistrées ici, en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sent</source>
        <translation>Tout envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has reached its vendor</source>
        <translation>Chaque modification est arrivée chez son fournisseur</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n write(s) waiting in all</source>
        <translation>
            <numerusform>%n envoi en attente au total</numerusform>
            <numerusform>%n envois en attente au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has been sent.</source>
        <translation>Toutes les modifications ont été envoyées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing %1/%2</source>
        <translation>Synchronisation %1/%2</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/accounts_dialog.py" line="+50"/>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>enregistré dans le trousseau — laisser vide pour garder</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+541"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+261"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the front desk calls it, e.g. Brussels clinic</source>
        <translation>Comme l&apos;accueil l&apos;appelle, p. ex. Cabinet de Bruxelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+276"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save without testing</source>
        <translation>Enregistrer sans tester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose an account, or add one.</source>
        <translation>Choisissez un compte, ou ajoutez-en un.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (not in this version)</source>
        <translation>%1 (absent de cette version)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not running yet</source>
        <translation>pas encore lancé</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown vendor &apos;%1&apos; (not in this version)</source>
        <translation>fournisseur inconnu « %1 » (absent de cette version)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To rename, add the account again under the new name</source>
        <translation>Pour renommer, ajoutez à nouveau le compte sous le nouveau nom</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Leave empty for the vendor&apos;s usual address</source>
        <translation>Laisser vide pour l&apos;adresse habituelle du fournisseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The account&apos;s settings are not saved.</source>
        <translation>Les réglages du compte ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with this name exists already.</source>
        <translation>Un compte porte déjà ce nom.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ Connected: %1 accepted these settings.</source>
        <translation>✓ Connecté : %1 a accepté ces réglages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✗ %1 Nothing was saved.</source>
        <translation>✗ %1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+33"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved. The secrets are in the keyring.</source>
        <translation>Enregistré. Les secrets sont dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The secrets are in the keyring. frontdesk starts syncing this account at its next start.</source>
        <translation>Enregistré. Les secrets sont dans le trousseau. frontdesk synchronisera ce compte à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1? Its settings, its cached data and its secrets in the keyring are deleted. Nothing changes in %2 itself.</source>
        <translation>Supprimer %1 ? Ses réglages, ses données en cache et ses secrets dans le trousseau sont effacés. Rien ne change dans %2 lui-même.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>AccountsPopover</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="-175"/>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>AgentHealth</name>
    <message>
        <location filename="../../frontdesk/ui/agent_health.py" line="+28"/>
        <source>Sync agent: never seen</source>
        <translation>Agent de synchro : jamais vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync agent has run on the clinic server yet.</source>
        <translation>Aucun agent de synchronisation n&apos;a encore tourné sur le serveur du cabinet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync agent: alive</source>
        <translation>Agent de synchro : actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync agent: not seen for %1 min</source>
        <translation>Agent de synchro : pas vu depuis %1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: last sync %2</source>
        <translation>%1 : dernière synchro %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 requests left today</source>
        <translation>, %1 requêtes restantes aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is configured on the clinic server.</source>
        <translation>Aucun compte n&apos;est configuré sur le serveur du cabinet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync agent: …</source>
        <translation>Agent de synchro : …</translation>
    </message>
</context>
<context>
    <name>AgentHealthLabel</name>
    <message>
        <location line="+2"/>
        <source>Clinic sync agent</source>
        <translation>Agent de synchronisation du cabinet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sync agent: clinic server not reachable</source>
        <translation>Agent de synchro : serveur du cabinet injoignable</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../frontdesk/ui/appointment_actions.py" line="+66"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient confirmed they will come</source>
        <translation>Le patient a confirmé sa venue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient has arrived</source>
        <translation>Le patient est arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked in</source>
        <translation>arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient did not come</source>
        <translation>Le patient n&apos;est pas venu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as a no-show</source>
        <translation>marqué absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the appointment, with a reason</source>
        <translation>Annuler le rendez-vous, avec un motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reschedule…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to another day, time or provider (or drag it in the book)</source>
        <translation>Déplacer à un autre jour, une autre heure ou un autre praticien (ou le glisser dans l&apos;agenda)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit appointment…</source>
        <translation>Modifier le rendez-vous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the service, length or notes</source>
        <translation>Changer la prestation, la durée ou les notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open patient</source>
        <translation>Ouvrir le patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the patient in the Patients pane</source>
        <translation>Afficher le patient dans le panneau Patients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened to the appointment: moves, changes, status, by whom</source>
        <translation>Ce qui est arrivé au rendez-vous : déplacements, modifications, statut, par qui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is cancelled</source>
        <translation>il est annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was entered in error</source>
        <translation>il a été saisi par erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the visit is over</source>
        <translation>la visite est terminée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the booking has not reached the vendor yet</source>
        <translation>la réservation n&apos;est pas encore arrivée chez le fournisseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no patient is attached to this appointment</source>
        <translation>aucun patient n&apos;est lié à ce rendez-vous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only a booked appointment can be confirmed</source>
        <translation>seul un rendez-vous réservé peut être confirmé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is already confirmed</source>
        <translation>il est déjà confirmé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient is already checked in</source>
        <translation>l&apos;arrivée du patient est déjà enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is already marked as a no-show</source>
        <translation>il est déjà marqué absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient has arrived</source>
        <translation>le patient est arrivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patient did not come; book a new appointment instead</source>
        <translation>le patient n&apos;est pas venu ; réservez plutôt un nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confirmation</source>
        <translation>la confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>l&apos;absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancellation</source>
        <translation>l&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>le déplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>la modification</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo %1 of %2</source>
        <translation>Annuler %1 de %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+270"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>select an appointment first</source>
        <translation>sélectionnez d&apos;abord un rendez-vous</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The appointment has not started yet (it starts at %1).</source>
        <translation>Le rendez-vous n&apos;a pas encore commencé (il commence à %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appointment is at %1, %2 from now.</source>
        <translation>Le rendez-vous est à %1, dans %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as a no-show: %1?</source>
        <translation>Marquer absent : %1 ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in: %1?</source>
        <translation>Enregistrer l&apos;arrivée : %1 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as a no-show now</source>
        <translation>Marquer absent maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in now</source>
        <translation>Enregistrer l&apos;arrivée maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: saved, and will be sent when the vendor answers (%2)</source>
        <translation>%1 : enregistré, et sera envoyé quand le fournisseur répondra (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change was not made.</source>
        <translation>La modification n&apos;a pas été faite.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Cannot move %1: %2</source>
        <translation>Impossible de déplacer %1 : %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot move %1: that time has passed</source>
        <translation>Impossible de déplacer %1 : cette heure est passée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2 with %3?</source>
        <translation>Déplacer %1 au %2 avec %3 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this double-books the provider.</source>
        <translation>%1 : le praticien aurait deux rendez-vous en même temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 taken back (it had not been sent)</source>
        <translation>%1 : %2 a été reprise (elle n&apos;avait pas été envoyée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the appointment is no longer in the book</source>
        <translation>%1 : le rendez-vous n&apos;est plus dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cancellation reached %1, which cannot take a cancellation back. Book %2 again for %3 if the time is still free.</source>
        <translation>L&apos;annulation est arrivée chez %1, qui ne peut pas revenir sur une annulation. Réservez à nouveau %2 pour %3 si l&apos;heure est encore libre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: there is no %2 to take back any more</source>
        <translation>%1 : il n&apos;y a plus de %2 à reprendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 reached %2, and it cannot be taken back from frontdesk (%3). Change it in %2 itself.</source>
        <translation>%1 est arrivée chez %2, et ne peut pas être reprise depuis frontdesk (%3). Changez-la dans %2 même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 taken back</source>
        <translation>%1 : %2 a été reprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: taking back the %2 is saved, and will be sent when the vendor answers (%3)</source>
        <translation>%1 : la reprise de %2 est enregistrée, et sera envoyée quand le fournisseur répondra (%3)</translation>
    </message>
</context>
<context>
    <name>ArrivalsPane</name>
    <message>
        <location filename="../../frontdesk/ui/arrivals_pane.py" line="+41"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the connected vendors&apos; APIs can record a visit as over; mark it in the vendor&apos;s own software (the list follows when it syncs)</source>
        <translation>Aucune API des fournisseurs connectés ne peut clôturer une visite ; marquez-la dans le logiciel du fournisseur (la liste suit à la synchronisation)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Patients here</source>
        <translation>Patients présents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody has checked in yet today.</source>
        <translation>Personne n&apos;est encore arrivé aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patient is taken as seen half an hour after the booked end (no vendor here records check-out).</source>
        <translation>Un patient est considéré comme vu une demi-heure après la fin prévue (aucun fournisseur ici n&apos;enregistre les départs).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seen (check out)</source>
        <translation>Vu (départ)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not read who is here: %1</source>
        <translation>Impossible de lire qui est présent : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, %2
Booked %3 %4 with %5 (%6%7)
%8</source>
        <translation>%1, %2
Prévu %3 %4 avec %5 (%6%7)
%8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrived %1</source>
        <translation>Arrivé à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival time not known</source>
        <translation>Heure d&apos;arrivée inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s) checked in and waiting, longest first.</source>
        <translation>
            <numerusform>%n patient arrivé et en attente.</numerusform>
            <numerusform>%n patients arrivés et en attente, le plus long en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting: no patient is checked in and not yet seen.</source>
        <translation>Personne n&apos;attend : aucun patient arrivé n&apos;est en attente d&apos;être vu.</translation>
    </message>
</context>
<context>
    <name>BlockoutDialog</name>
    <message>
        <location filename="../../frontdesk/ui/blockout_dialog.py" line="+51"/>
        <source>New blockout</source>
        <translation>Nouveau blocage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every provider of the account</source>
        <translation>Tous les praticiens du compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Lunch, Team meeting</source>
        <translation>p. ex. Midi, Réunion d&apos;équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until</source>
        <translation>Chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at</source>
        <translation>%1 à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored at %1 too, as an appointment with no patient; times in %2.</source>
        <translation>Enregistré aussi chez %1, comme un rendez-vous sans patient ; heures en %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in frontdesk (not sent to the vendor); times in %1.</source>
        <translation>Gardé dans frontdesk (pas envoyé au fournisseur) ; heures en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add blockout</source>
        <translation>Ajouter le blocage</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 blocked: %2</source>
        <translation>%1 bloqué : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
</context>
<context>
    <name>Blockouts</name>
    <message>
        <location filename="../../frontdesk/ui/book/blockouts.py" line="+44"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>Congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) for every provider</source>
        <translation>%1 (%2) pour tous les praticiens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) for this provider</source>
        <translation>%1 (%2) pour ce praticien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, weekly until %1</source>
        <translation>, chaque semaine jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not offered as an opening; %1</source>
        <translation>Pas proposé comme plage libre ; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored at %1</source>
        <translation>enregistré chez %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be stored at %1</source>
        <translation>en attente d&apos;enregistrement chez %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on this desk: %1 refused it (%2)</source>
        <translation>gardé sur ce poste : %1 l&apos;a refusé (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept on this desk</source>
        <translation>gardé sur ce poste</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <location filename="../../frontdesk/ui/window/book_controller.py" line="+221"/>
        <source>Saved the providers shown as the view %1</source>
        <translation>Praticiens affichés enregistrés comme la vue %1</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Showing the %n providers of %1; choose others (or save a view) under Providers</source>
        <translation>
            <numerusform>Affichage du praticien de %1 ; choisissez-en d&apos;autres (ou enregistrez une vue) sous Praticiens</numerusform>
            <numerusform>Affichage des %n praticiens de %1 ; choisissez-en d&apos;autres (ou enregistrez une vue) sous Praticiens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The book could not be read: %1</source>
        <translation>L&apos;agenda n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>BookCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/book/text.py" line="+54"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPainting</name>
    <message>
        <location filename="../../frontdesk/ui/book/painting.py" line="+387"/>
        <source>another system</source>
        <translation>un autre système</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No location</source>
        <translation>Sans lieu</translation>
    </message>
</context>
<context>
    <name>BookRules</name>
    <message>
        <location filename="../../frontdesk/ui/book/rules.py" line="+30"/>
        <source>%1 does not offer %2</source>
        <translation>%1 ne propose pas %2</translation>
    </message>
</context>
<context>
    <name>BookText</name>
    <message>
        <location filename="../../frontdesk/ui/book/text.py" line="-27"/>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, not booked</source>
        <translation>Retenu, pas réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left message</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to reschedule</source>
        <translation>demande à déplacer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call: %1 (%2, %3/%4)</source>
        <translation>Appel : %1 (%2, %3/%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Alert: %1</source>
        <translation>⚠ Alerte : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>, waiting to be sent</source>
        <translation>, en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>, call: %1</source>
        <translation>, appel : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, alert: %1</source>
        <translation>, alerte : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2 to %3%4, %5, %6, %7</source>
        <translation>%1, %2 à %3%4, %5, %6, %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>times in %1</source>
        <translation>heures en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of %2, column %3</source>
        <translation>ligne %1 sur %2, colonne %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · waiting to be sent</source>
        <translation> · en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Part of a weekly series (%1 of %2)</source>
        <translation>Fait partie d&apos;une série hebdomadaire (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a monthly series (%1 of %2)</source>
        <translation>Fait partie d&apos;une série mensuelle (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a daily series (%1 of %2)</source>
        <translation>Fait partie d&apos;une série quotidienne (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of a series every %1 weeks (%2 of %3)</source>
        <translation>Fait partie d&apos;une série toutes les %1 semaines (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 months (%2 of %3)</source>
        <translation>Fait partie d&apos;une série tous les %1 mois (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 days (%2 of %3)</source>
        <translation>Fait partie d&apos;une série tous les %1 jours (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../frontdesk/ui/booking_dialog.py" line="+117"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search: name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the patient in the vendor&apos;s system, then book</source>
        <translation>Ajouter le patient dans le logiciel du fournisseur, puis réserver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient alert</source>
        <translation>Alerte patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free times…</source>
        <translation>Plages libres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the free times for this service from the chosen day</source>
        <translation>Afficher les plages libres pour cette prestation à partir du jour choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notes pour le praticien (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Free times now</source>
        <translation>Plages libres maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+550"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 min · %3</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing is booked yet.</source>
        <translation>Rien n&apos;est encore réservé.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clinic time (%1)</source>
        <translation>Heure du cabinet (%1)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Alerte :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patient chosen yet.</source>
        <translation>Aucun patient choisi.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose the patient: search by name, phone or birth date, then click the result.</source>
        <translation>Choisissez le patient : cherchez par nom, téléphone ou date de naissance, puis cliquez sur le résultat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service.</source>
        <translation>Choisissez une prestation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be booked from frontdesk: %2.</source>
        <translation>%1 ne peut pas être réservé depuis frontdesk : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a patient of the places where this service is offered: %2 refuses to book them there. Choose another service.</source>
        <translation>%1 n&apos;est pas patient des lieux où cette prestation est proposée : %2 refuse d&apos;y prendre le rendez-vous. Choisissez une autre prestation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No provider offers this service.</source>
        <translation>Aucun praticien ne propose cette prestation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This patient is in %1; the service belongs to %2. Choose a service of the patient&apos;s account.</source>
        <translation>Ce patient est dans %1 ; la prestation appartient à %2. Choisissez une prestation du compte du patient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Cette heure est passée. Choisissez une heure à venir.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+57"/>
        <source>Book anyway</source>
        <translation>Réserver quand même</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>Book %n appointments</source>
        <translation>
            <numerusform>Réserver %n rendez-vous</numerusform>
            <numerusform>Réserver %n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Series booked: %n appointments.</source>
        <translation>
            <numerusform>Série réservée : %n rendez-vous.</numerusform>
            <numerusform>Série réservée : %n rendez-vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n saved, to be sent when the vendor answers.</source>
        <translation>
            <numerusform>%n enregistré, envoyé dès que le fournisseur répond.</numerusform>
            <numerusform>%n enregistrés, envoyés dès que le fournisseur répond.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not booked: %2</source>
        <translation>%1 non réservés : %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not booked: %1</source>
        <translation>Non réservé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That time was just taken by another booking. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Cette heure vient d&apos;être prise par une autre réservation. Rien n&apos;a été réservé et votre saisie est conservée : choisissez une des plages libres ci-dessous, ou une autre heure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time was just taken at %1. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Cette heure vient d’être prise à %1. Rien n’a été réservé et ce que vous avez saisi est conservé : choisissez une des heures libres ci-dessous, ou une autre heure.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+49"/>
        <source>Looking for free times…</source>
        <translation>Recherche des plages libres…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Free now (click to choose, double-click or Enter to book it):</source>
        <translation>Libre maintenant (cliquez pour choisir, double-cliquez ou Entrée pour réserver) :</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No free time in the next %n days.</source>
        <translation>
            <numerusform>Aucune plage libre dans le prochain jour.</numerusform>
            <numerusform>Aucune plage libre dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free times could not be found: %1</source>
        <translation>Les plages libres n&apos;ont pas pu être trouvées : %1</translation>
    </message>
</context>
<context>
    <name>ClaimLayer</name>
    <message>
        <location filename="../../frontdesk/ui/book/claims.py" line="+31"/>
        <source>Being booked at %1</source>
        <translation>En cours de réservation à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked at %1, waiting for the sync agent</source>
        <translation>Réservé à %1, en attente de l’agent de synchronisation</translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+53"/>
        <source>Overlaps %1 and %n more</source>
        <translation>
            <numerusform>Chevauche %1 et %n autre</numerusform>
            <numerusform>Chevauche %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps %1</source>
        <translation>Chevauche %1</translation>
    </message>
</context>
<context>
    <name>ClinicServerDialog</name>
    <message>
        <location filename="../../frontdesk/ui/clinic_server_dialog.py" line="+30"/>
        <source>Clinic server</source>
        <translation>Serveur du cabinet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinic server address</source>
        <translation>Adresse du serveur du cabinet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation>gardé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this computer&apos;s own book</source>
        <translation>Utiliser l&apos;agenda propre à cet ordinateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1. frontdesk opens the clinic&apos;s book at its next start.</source>
        <translation>Enregistré : %1. frontdesk ouvrira l&apos;agenda du cabinet à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s own book opens at the next start.</source>
        <translation>L&apos;agenda propre à cet ordinateur s&apos;ouvrira au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/confirmations_dialog.py" line="+38"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left message</source>
        <translation>&amp;Message laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to &amp;reschedule</source>
        <translation>Demande à &amp;déplacer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation calls · %1</source>
        <translation>Appels de confirmation · %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation calls</source>
        <translation>Appels de confirmation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading phone numbers…</source>
        <translation>Lecture des numéros de téléphone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls status</source>
        <translation>État des appels</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n à appeler</numerusform>
            <numerusform>%n à appeler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody to call.</source>
        <translation>Personne à appeler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the phone numbers: %1</source>
        <translation>Impossible de lire les numéros de téléphone : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an appointment first.</source>
        <translation>Choisissez d&apos;abord un rendez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed here only: the vendor has no confirmation.</source>
        <translation>Confirmé ici seulement : le fournisseur n&apos;a pas de confirmation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not record the call: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;appel : %1</translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+93"/>
        <source>Appointment book</source>
        <translation>Agenda des rendez-vous</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location line="+453"/>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../../frontdesk/ui/day_sheet.py" line="+42"/>
        <location line="+9"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> (not sent yet)</source>
        <translation> (pas encore envoyé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source> · times in %1</source>
        <translation> · heures en %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Day sheet · %1</source>
        <translation>Feuille du jour · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no number on file</source>
        <translation>pas de numéro enregistré</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Confirmation calls · %1</source>
        <translation>Appels de confirmation · %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · page %2</source>
        <translation>%1 · page %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (continued)</source>
        <translation> (suite)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No appointments</source>
        <translation>Aucun rendez-vous</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No appointments.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../frontdesk/ui/day_sheet_dialog.py" line="+35"/>
        <location line="+24"/>
        <source>Day sheet</source>
        <translation>Feuille du jour</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A table per provider (time, patient, phone, service, status and notes), or the confirmation calls to make; exported to PDF or printed.</source>
        <translation>Un tableau par praticien (heure, patient, téléphone, prestation, statut et notes), ou les appels de confirmation à passer ; exporté en PDF ou imprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day of the sheet</source>
        <translation>Jour de la feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the sheet</source>
        <translation>Praticien de la feuille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone shown in the book</source>
        <translation>Tous ceux affichés dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every appointment, with phone numbers</source>
        <translation>Tous les rendez-vous, avec les numéros de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation calls</source>
        <translation>Appels de confirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booked appointments not yet confirmed, with phone numbers</source>
        <translation>Les rendez-vous pris pas encore confirmés, avec les numéros de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several providers to a page</source>
        <translation>Plusieurs praticiens par page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: each provider starts a new page</source>
        <translation>Désactivé : chaque praticien commence une nouvelle page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovider</source>
        <translation>P&amp;raticien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>DaySheetExport</name>
    <message>
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="+123"/>
        <source>Day sheet sent to the printer (%1)</source>
        <translation>Feuille du jour envoyée à l&apos;imprimante (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the day sheet: %1</source>
        <translation>Impossible d&apos;écrire la feuille du jour : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet written to %1 (%2)</source>
        <translation>Feuille du jour écrite dans %1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the day sheet: %1</source>
        <translation>Impossible de lire la feuille du jour : %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+122"/>
        <source>Appointment book, week view</source>
        <translation>Agenda des rendez-vous, vue de la semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment book, day view</source>
        <translation>Agenda des rendez-vous, vue du jour</translation>
    </message>
</context>
<context>
    <name>DialogGuard</name>
    <message>
        <location filename="../../frontdesk/ui/dialog_guard.py" line="+15"/>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What you typed in this dialog is not saved yet.</source>
        <translation>Ce que vous avez saisi dans cette fenêtre n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>DomainPlurals</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/domain_text.py" line="+260"/>
        <source>{provider} already has {first} and {second} and %n more: book anyway?</source>
        <translation>
            <numerusform>{provider} a déjà {first} et {second} et %n autre : réserver quand même ?</numerusform>
            <numerusform>{provider} a déjà {first} et {second} et %n autres : réserver quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{provider} already has {first} and {second} and %n more: save anyway?</source>
        <translation>
            <numerusform>{provider} a déjà {first} et {second} et %n autre : enregistrer quand même ?</numerusform>
            <numerusform>{provider} a déjà {first} et {second} et %n autres : enregistrer quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The waiting writes could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>Les écritures en attente n&apos;ont pas pu être relues (au moins %n perdue).</numerusform>
            <numerusform>Les écritures en attente n&apos;ont pas pu être relues (au moins %n perdues).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting writes were read back and queued again</source>
        <translation>
            <numerusform>%n écriture en attente a été relue et remise en file</numerusform>
            <numerusform>%n écritures en attente ont été relues et remises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The account settings could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>Les réglages des comptes n&apos;ont pas pu être relus (au moins %n perdu).</numerusform>
            <numerusform>Les réglages des comptes n&apos;ont pas pu être relus (au moins %n perdus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account settings were read back and kept</source>
        <translation>
            <numerusform>%n réglage de compte a été relu et conservé</numerusform>
            <numerusform>%n réglages de compte ont été relus et conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{read}; at least %n could not be read and are lost.</source>
        <translation>
            <numerusform>{read} ; au moins %n n&apos;a pas pu être lu et est perdu.</numerusform>
            <numerusform>{read} ; au moins %n n&apos;ont pas pu être lus et sont perdus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location line="-253"/>
        <source>{provider} already has {first}: book anyway?</source>
        <translation>{provider} a déjà {first} : réserver quand même ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first}: save anyway?</source>
        <translation>{provider} a déjà {first} : enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first} and {second}: book anyway?</source>
        <translation>{provider} a déjà {first} et {second} : réserver quand même ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{provider} already has {first} and {second}: save anyway?</source>
        <translation>{provider} a déjà {first} et {second} : enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is not configured</source>
        <translation>ce compte n&apos;est pas configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the clinic server only, which cannot be reached: try again when it is back.</source>
        <translation>Conservé sur le serveur du cabinet uniquement, qui est injoignable : réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor}&apos;s API cannot do this</source>
        <translation>l&apos;API de {vendor} ne permet pas cela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor} refused these credentials ({reason}). Check them and try again.</source>
        <translation>{vendor} a refusé ces identifiants ({reason}). Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} cannot be reached at {address} ({reason}).</source>
        <translation>{vendor} est injoignable à {address} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed: {error}</source>
        <translation>Le test a échoué : {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: write it like {hint}.</source>
        <translation>Pas une date : écrivez-la comme {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the year in full (19{yy} or 20{yy}?).</source>
        <translation>Écrivez l&apos;année en entier (19{yy} ou 20{yy} ?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as year-month-day).</source>
        <translation>Il n&apos;y a pas de mois {month} (lu comme année-mois-jour).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as month/day).</source>
        <translation>Il n&apos;y a pas de mois {month} (lu comme mois/jour).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as day/month).</source>
        <translation>Il n&apos;y a pas de mois {month} (lu comme jour/mois).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} {year} n&apos;a pas de jour {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the start time.</source>
        <translation>Tapez l&apos;heure de début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a time: write it like {hint}.</source>
        <translation>Pas une heure : écrivez-la comme {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour has 60 minutes: {minute} is too many.</source>
        <translation>Une heure a 60 minutes : {minute}, c&apos;est trop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} {half} is not a time.</source>
        <translation>{hour} {half} n&apos;est pas une heure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no hour {hour}.</source>
        <translation>Il n&apos;y a pas d&apos;heure {hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SyncVet cannot change clients or animals: edit them in the practice&apos;s PIMS</source>
        <translation>SyncVet ne peut pas modifier les clients ni les animaux : modifiez-les dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet cannot create clients or animals: add them in the practice&apos;s PIMS</source>
        <translation>SyncVet ne peut pas créer de clients ni d&apos;animaux : ajoutez-les dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: change the appointment in the practice&apos;s PIMS</source>
        <translation>L&apos;écriture de SyncVet ne couvre que la réservation et la confirmation : modifiez le rendez-vous dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: mark the no-show in the practice&apos;s PIMS</source>
        <translation>L&apos;écriture de SyncVet ne couvre que la réservation et la confirmation : marquez l&apos;absence dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: check the patient in from the practice&apos;s PIMS</source>
        <translation>L&apos;écriture de SyncVet ne couvre que la réservation et la confirmation : enregistrez l&apos;arrivée dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: cancel the appointment in the practice&apos;s PIMS</source>
        <translation>L&apos;écriture de SyncVet ne couvre que la réservation et la confirmation : annulez le rendez-vous dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: move the appointment in the practice&apos;s PIMS</source>
        <translation>L&apos;écriture de SyncVet ne couvre que la réservation et la confirmation : déplacez le rendez-vous dans le logiciel du cabinet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet has no availability search; frontdesk computes openings from the book</source>
        <translation>SyncVet n&apos;a pas de recherche de disponibilités ; frontdesk calcule les plages libres à partir de l&apos;agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frontdesk does not change PracSuite patient details yet; edit the patient in PracSuite</source>
        <translation>frontdesk ne modifie pas encore les données des patients PracSuite ; modifiez le patient dans PracSuite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH has no availability search; frontdesk computes openings from the book</source>
        <translation>VISH n&apos;a pas de recherche de disponibilités ; frontdesk calcule les plages libres à partir de l&apos;agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API has no customers resource; the book shows each client&apos;s name from the appointment</source>
        <translation>L&apos;API de VISH n&apos;a pas de ressource clients ; l&apos;agenda affiche le nom de chaque client à partir du rendez-vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API exposes no appointment writes</source>
        <translation>L&apos;API de VISH ne permet aucune écriture de rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progenda&apos;s API has no appointment confirmation (Progenda confirms by its own reminders)</source>
        <translation>L&apos;API de Progenda n&apos;a pas de confirmation de rendez-vous (Progenda confirme par ses propres rappels)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the schedules on screen are read again at each sync</source>
        <translation>L&apos;API de Naturaesoft n&apos;a pas de flux de modifications ; les plannings affichés sont relus à chaque synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the patient list is read again in full at each sync</source>
        <translation>L&apos;API de Naturaesoft n&apos;a pas de flux de modifications ; la liste des patients est relue entièrement à chaque synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; change the visit in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas modifier les rendez-vous ; modifiez la visite dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot confirm appointments; confirm the visit in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas confirmer les rendez-vous ; confirmez la visite dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot record no-shows; mark it in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas noter les absences ; marquez-la dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naturaesoft&apos;s API cannot record arrivals; check the patient in in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas noter les arrivées ; enregistrez l&apos;arrivée dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot cancel appointments; cancel the visit in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas annuler les rendez-vous ; annulez la visite dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; move the visit in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas modifier les rendez-vous ; déplacez la visite dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot create appointments; book in Naturaesoft itself</source>
        <translation>L&apos;API de Naturaesoft ne peut pas créer de rendez-vous ; réservez dans Naturaesoft même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {how}</source>
        <translation>{what} {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weekday} {day} {month} {clock}</source>
        <translation>{weekday} {day} {month} {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked for {when}</source>
        <translation>réservé pour {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved from {before} to {after}</source>
        <translation>déplacé de {before} à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end changed from {before} to {after}</source>
        <translation>fin changée de {before} à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider changed from {before} to {after}</source>
        <translation>praticien changé de {before} à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service changed from {before} to {after}</source>
        <translation>prestation changée de {before} à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed from {before} to {after}</source>
        <translation>statut changé de {before} à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor (sync at {desk}/{user})</source>
        <translation>vu chez le fournisseur (synchro sur {desk}/{user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {desk}/{user} through frontdesk</source>
        <translation>par {desk}/{user} via frontdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fulfilled</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the waitlist</source>
        <translation>en liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} was not started: {reason}</source>
        <translation>{account} n&apos;a pas été démarré : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor}: {message}</source>
        <translation>{vendor} : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key} is outside {low}..{high} ({value}); using {used}</source>
        <translation>{account} : l&apos;option {key} est hors de {low}..{high} ({value}) ; utilisé : {used}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{damaged} {writes} {settings}</source>
        <translation>{damaged} {writes} {settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cache was damaged ({reason}). It was moved aside to {path} and a fresh one was started; the book and the patients are fetched again from the vendors.</source>
        <translation>Le cache local était endommagé ({reason}). Il a été mis de côté dans {path} et un nouveau a été créé ; l&apos;agenda et les patients sont repris chez les fournisseurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The waiting writes could not be read back from the damaged file.</source>
        <translation>Les écritures en attente n&apos;ont pas pu être relues du fichier endommagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no waiting writes.</source>
        <translation>Il ne contenait aucune écriture en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 waiting write was read back and queued again</source>
        <translation>1 écriture en attente a été relue et remise en file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account settings could not be read back from the damaged file.</source>
        <translation>Les réglages des comptes n&apos;ont pas pu être relus du fichier endommagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no account settings.</source>
        <translation>Il ne contenait aucun réglage de compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 account setting was read back and kept</source>
        <translation>1 réglage de compte a été relu et conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}.</source>
        <translation>{read}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}; at least 1 could not be read and is lost.</source>
        <translation>{read} ; au moins 1 n&apos;a pas pu être lu et est perdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this write is no longer in the outbox</source>
        <translation>cette modification n&apos;est plus dans la file d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this write is being sent</source>
        <translation>cette modification est en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account &apos;{account}&apos; is no longer configured</source>
        <translation>le compte « {account} » n&apos;est plus configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an earlier write to be sent first</source>
        <translation>en attente de l&apos;envoi d&apos;une modification précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error stopped this write; it will be retried</source>
        <translation>une erreur inattendue a arrêté cette modification ; elle sera réessayée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account &apos;{account}&apos; is not configured</source>
        <translation>le compte « {account} » n&apos;est pas configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor openings are not asked from a desk in clinic mode (the clinic&apos;s sync agent is the only one that talks to the vendors)</source>
        <translation>un poste en mode cabinet ne demande pas les plages libres au fournisseur (seul l&apos;agent de synchronisation du cabinet parle aux fournisseurs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server cannot be reached: this desk shows its copy</source>
        <translation>le serveur du cabinet est injoignable : ce poste affiche sa copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the clinic server cannot be reached</source>
        <translation>le serveur du cabinet est injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (and this desk has no copy of the book yet)</source>
        <translation>{reason} (et ce poste n&apos;a pas encore de copie de l&apos;agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic server is not a PostgreSQL address (e.g. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</source>
        <translation>le serveur du cabinet n&apos;est pas une adresse PostgreSQL (p. ex. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server&apos;s address must not contain the password; frontdesk asks for it and keeps it in this computer&apos;s keyring</source>
        <translation>l&apos;adresse du serveur du cabinet ne doit pas contenir le mot de passe ; frontdesk le demande et le garde dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server {host} is not on this computer: its address needs sslmode=verify-full (or verify-ca, require) so the connection is encrypted</source>
        <translation>le serveur du cabinet {host} n&apos;est pas sur cet ordinateur : son adresse doit comporter sslmode=verify-full (ou verify-ca, require) pour que la connexion soit chiffrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no network client to reach the vendor with</source>
        <translation>aucun client réseau pour joindre le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account {name} is not running</source>
        <translation>le compte {name} n&apos;est pas démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account named {name} (accounts: {known})</source>
        <translation>aucun compte nommé {name} (comptes : {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account configured; add one with `frontdesk accounts add`</source>
        <translation>aucun compte configuré ; ajoutez-en un avec `frontdesk accounts add`</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account}: the keyring holds no {names} for this account; add it again with `frontdesk accounts add ... --replace`</source>
        <translation>{account} : le trousseau ne contient pas de {names} pour ce compte ; ajoutez-le à nouveau avec `frontdesk accounts add ... --replace`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the installer could not be downloaded or did not verify</source>
        <translation>le programme d&apos;installation n&apos;a pas pu être téléchargé ou n&apos;a pas été vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the base URL</source>
        <translation>l&apos;URL de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address</source>
        <translation>l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option {key}</source>
        <translation>l&apos;option {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: the base URL</source>
        <translation>{account} : l&apos;URL de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key}</source>
        <translation>{account} : l&apos;option {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not a valid URL</source>
        <translation>{what} n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a full address such as https://api.example.com/v1</source>
        <translation>{what} doit être une adresse complète comme https://api.example.com/v1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} must not contain a user name or password; give credentials with --secret</source>
        <translation>{what} ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; donnez les identifiants avec --secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must not contain &apos;?&apos; or &apos;#&apos; parts</source>
        <translation>{what} ne doit pas contenir de parties « ? » ou « # »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must use https (plain http is only allowed to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>{what} doit utiliser https (le http simple n&apos;est permis que vers cet ordinateur : 127.0.0.1, ::1 ou localhost)</translation>
    </message>
</context>
<context>
    <name>EditAppointmentDialog</name>
    <message>
        <location filename="../../frontdesk/ui/edit_appointment_dialog.py" line="+58"/>
        <source>Edit appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider</source>
        <translation>Le praticien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 with %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 avec %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(as booked)</source>
        <translation>(tel que réservé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends at</source>
        <translation>Fin à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notes pour le praticien (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service</source>
        <translation>&amp;Prestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ends %1</source>
        <translation>fin à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic time (%1)</source>
        <translation>Heure du cabinet (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the service, length or notes.</source>
        <translation>Modifiez la prestation, la durée ou les notes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The appointment stays as it is.</source>
        <translation>Le rendez-vous reste tel quel.</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../frontdesk/ui/window/go_to_date.py" line="+88"/>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, e.g. %2, tomorrow, +7</source>
        <translation>%1, p. ex. %2, +7</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Dates are written %1 here.</source>
        <translation>Ici, les dates s&apos;écrivent %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not a date here (written %1)</source>
        <translation>Pas une date ici (écrite %1)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="+132"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Marks in the book&lt;/b&gt;</source>
        <translation>&lt;b&gt;Marques dans l&apos;agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A dashed outline: a change saved here, waiting to be sent to the vendor</source>
        <translation>Contour en pointillés : une modification enregistrée ici, en attente d&apos;envoi au fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey wash: closed time (outside the account&apos;s working hours)</source>
        <translation>Fond gris : heures de fermeture (en dehors des heures d&apos;ouverture du compte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red line: the time now, on each clinic&apos;s own clock</source>
        <translation>Ligne rouge : l&apos;heure actuelle, selon l&apos;horloge de chaque cabinet</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../frontdesk/ui/history_dialog.py" line="+110"/>
        <location line="+9"/>
        <source>Appointment history</source>
        <translation>Historique du rendez-vous</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing recorded yet: changes are kept from this version on.</source>
        <translation>Rien d&apos;enregistré encore : les modifications sont gardées à partir de cette version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-97"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sync at %1</source>
        <translation>synchro à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor</source>
        <translation>vu chez le fournisseur</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../frontdesk/ui/language_menu.py" line="+20"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language changes the next time frontdesk starts.</source>
        <translation>La langue change au prochain démarrage de frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies at the next start</source>
        <translation>S&apos;applique au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../frontdesk/ui/launch.py" line="+56"/>
        <source>Something unexpected went wrong; the last action may not have finished. Details are in the log.</source>
        <translation>Un problème inattendu est survenu ; la dernière action n&apos;est peut-être pas terminée. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>frontdesk started with a problem worked around</source>
        <translation>frontdesk a démarré en contournant un problème</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (et %2 de plus)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>frontdesk cannot open the accounts</source>
        <translation>frontdesk ne peut pas ouvrir les comptes</translation>
    </message>
</context>
<context>
    <name>LegendMenu</name>
    <message>
        <location filename="../../frontdesk/ui/legend.py" line="+35"/>
        <source>No service</source>
        <translation>Sans prestation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Couleurs des prestations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No appointments shown</source>
        <translation>Aucun rendez-vous affiché</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="+131"/>
        <source>frontdesk — demo clinic</source>
        <translation>frontdesk — cabinet de démonstration</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Openings</source>
        <translation>Plages</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Patients and openings</source>
        <translation>Patients et plages libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side pane tabs</source>
        <translation>Onglets du panneau latéral</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which colour is which service, in the book shown</source>
        <translation>Quelle couleur pour quelle prestation, dans l&apos;agenda affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Couleurs des prestations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the accounts…</source>
        <translation>Ouverture des comptes…</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+184"/>
        <source>Here</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Patients checked in and waiting, with how long</source>
        <translation>Patients arrivés et en attente, avec la durée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waitlist</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients waiting for an earlier time (kept in frontdesk, not at the vendor)</source>
        <translation>Patients qui attendent une heure plus tôt (gardé dans frontdesk, pas chez le fournisseur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinboard</source>
        <translation>Épingles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments picked up to drop on another day (Pin to move)</source>
        <translation>Rendez-vous mis de côté pour les déposer sur un autre jour (Épingler pour déplacer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmation calls…</source>
        <translation>Appels de confirmation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the day&apos;s unconfirmed patients and mark each call</source>
        <translation>Appeler les patients du jour non confirmés et noter chaque appel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not moved: %1</source>
        <translation>Non déplacé : %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Nobody on the waitlist fits %1 with %2</source>
        <translation>Personne sur la liste d&apos;attente ne convient pour %1 avec %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Here (%1)</source>
        <translation>Présents (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Fetching the latest from every account…</source>
        <translation>Récupération des dernières données de chaque compte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked the clinic&apos;s sync agent to refresh</source>
        <translation>Actualisation demandée à l&apos;agent de synchronisation du cabinet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 added; fetching its book and patients…</source>
        <translation>%1 ajouté ; récupération de son agenda et de ses patients…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not sync: %1</source>
        <translation>Synchronisation impossible : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+164"/>
        <source>Week of %1</source>
        <translation>Semaine de %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cannot book with %1 from frontdesk: %2</source>
        <translation>Impossible de réserver avec %1 depuis frontdesk : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New appointment here (%1, %2)</source>
        <translation>Nouveau rendez-vous ici (%1, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New blockout…</source>
        <translation>Nouveau blocage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break, meeting or time off: not offered as an opening</source>
        <translation>Une pause, une réunion ou un congé : pas proposé comme plage libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From waitlist…</source>
        <translation>Depuis la liste d&apos;attente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiting patients who fit this time, urgent first</source>
        <translation>Les patients en attente qui conviennent à cette heure, urgents d&apos;abord</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Booked %1</source>
        <translation>Réservé %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved; it will be sent when the vendor answers (%1)</source>
        <translation>Enregistré ; ce sera envoyé quand le fournisseur répondra (%1)</translation>
    </message>
</context>
<context>
    <name>OccurrenceText</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+81"/>
        <source>That time has passed</source>
        <translation>Cette heure est passée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed that day</source>
        <translation>Fermé ce jour-là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside opening hours</source>
        <translation>En dehors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
</context>
<context>
    <name>OpeningsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models.py" line="+92"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vendor search</source>
        <translation>recherche du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found by the vendor&apos;s own availability search</source>
        <translation>Trouvé par la recherche de disponibilités du fournisseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed by frontdesk from the cached book and the working hours</source>
        <translation>Calculé par frontdesk à partir de l&apos;agenda en cache et des heures de travail</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>call to book</source>
        <translation>appeler pour réserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with %2, %3, %4, %5</source>
        <translation>%1 avec %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: times in %2</source>
        <translation>%1 : heures en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the clinic to book it: %1</source>
        <translation>Appelez le cabinet pour la réserver : %1</translation>
    </message>
</context>
<context>
    <name>OpeningsPane</name>
    <message>
        <location filename="../../frontdesk/ui/openings_pane.py" line="+259"/>
        <location line="+69"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A service several accounts share is searched in all of them; choose &apos;Any service&apos; to search by length</source>
        <translation>Une prestation commune à plusieurs comptes est cherchée dans chacun ; choisissez « Toute prestation » pour chercher par durée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Morning (before 12:00)</source>
        <translation>Matin (avant 12:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afternoon (12:00 to 17:00)</source>
        <translation>Après-midi (12:00 à 17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening (from 17:00)</source>
        <translation>Soir (à partir de 17:00)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find openings</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Openings in the chosen days, earliest first</source>
        <translation>Les plages libres des jours choisis, les plus proches d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next available</source>
        <translation>Prochaine plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earliest opening from today on, in one click</source>
        <translation>La plage la plus proche à partir d&apos;aujourd&apos;hui, en un clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Openings found</source>
        <translation>Plages trouvées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Any service, by length</source>
        <translation>Toute prestation, par durée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any provider</source>
        <translation>Tout praticien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any location</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose morning, afternoon or evening (or several).</source>
        <translation>Choisissez matin, après-midi ou soir (ou plusieurs).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for the next available time…</source>
        <translation>Recherche de la prochaine plage libre…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n opening(s) left: the others were just taken.</source>
        <translation>
            <numerusform>%n plage libre restante : les autres viennent d&apos;être prises.</numerusform>
            <numerusform>%n plages libres restantes : les autres viennent d&apos;être prises.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every opening listed was just taken. Search again.</source>
        <translation>Toutes les plages listées viennent d&apos;être prises. Cherchez à nouveau.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next available: %1 with %2. Enter books it.</source>
        <translation>Prochaine plage : %1 avec %2. Entrée la réserve.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No opening in the next %n days.</source>
        <translation>
            <numerusform>Aucune plage libre dans le prochain jour.</numerusform>
            <numerusform>Aucune plage libre dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No opening in this range. Try more days or any provider.</source>
        <translation>Aucune plage libre sur cette période. Essayez plus de jours ou tout praticien.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n openings (the first %n shown), earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n plage libre (la première affichée), la plus proche d&apos;abord dans chaque lieu. Entrée réserve celle choisie.</numerusform>
            <numerusform>%n plages libres (les %n premières affichées), les plus proches d&apos;abord dans chaque lieu. Entrée réserve celle choisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings (the first %n shown), earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n plage libre (la première affichée), la plus proche d&apos;abord. Entrée réserve celle choisie.</numerusform>
            <numerusform>%n plages libres (les %n premières affichées), les plus proches d&apos;abord. Entrée réserve celle choisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings, earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n plage libre, la plus proche d&apos;abord dans chaque lieu. Entrée réserve celle choisie.</numerusform>
            <numerusform>%n plages libres, les plus proches d&apos;abord dans chaque lieu. Entrée réserve celle choisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n openings, earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n plage libre. Entrée la réserve.</numerusform>
            <numerusform>%n plages libres, les plus proches d&apos;abord. Entrée réserve celle choisie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not search: %1</source>
        <translation>Recherche impossible : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an opening first</source>
        <translation>Choisissez d&apos;abord une plage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book the selected opening (Enter)</source>
        <translation>Réserver la plage choisie (Entrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot book this one from frontdesk: %1.</source>
        <translation>Impossible de réserver celle-ci depuis frontdesk : %1.</translation>
    </message>
</context>
<context>
    <name>PagesText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="-119"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDelegate</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+130"/>
        <source>Owner: %1 · %2</source>
        <translation>Propriétaire : %1 · %2</translation>
    </message>
</context>
<context>
    <name>PatientDetails</name>
    <message>
        <location filename="../../frontdesk/ui/patient_details.py" line="+85"/>
        <location line="+141"/>
        <source>Patient alert</source>
        <translation>Alerte patient</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Alert…</source>
        <translation>Alerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note shown whenever this patient is booked</source>
        <translation>Une note affichée à chaque rendez-vous de ce patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Book an appointment for this patient</source>
        <translation>Prendre un rendez-vous pour ce patient</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Upcoming appointments</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past appointments</source>
        <translation>Rendez-vous passés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient to see their details and appointments.</source>
        <translation>Choisissez un patient pour voir sa fiche et ses rendez-vous.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Change this patient&apos;s details</source>
        <translation>Modifier la fiche de ce patient</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Alerte :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shown whenever %1 is booked (empty: no alert):</source>
        <translation>Affichée à chaque rendez-vous de %1 (vide : pas d’alerte) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert was not saved: %1</source>
        <translation>L&apos;alerte n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Owner: %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Né(e) le %1 (%n an)</numerusform>
            <numerusform>Né(e) le %1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive in the vendor&apos;s system</source>
        <translation>Inactif dans le logiciel du fournisseur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upcoming (%1)</source>
        <translation>À venir (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming: none</source>
        <translation>À venir : aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past (%1, as far back as the cache goes)</source>
        <translation>Passés (%1, aussi loin que remonte le cache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past: none cached</source>
        <translation>Passés : aucun en cache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointments could not be read: %1</source>
        <translation>Les rendez-vous n&apos;ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../frontdesk/ui/patient_dialog.py" line="+42"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create patient</source>
        <translation>Créer le patient</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dans &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>* required. Saved in the vendor&apos;s system, then shown here.</source>
        <translation>* obligatoire. Enregistré dans le logiciel du fournisseur, puis affiché ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — cannot add</source>
        <translation>%1 — ajout impossible</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No account here lets frontdesk add patients (%1).</source>
        <translation>Aucun compte ici ne permet à frontdesk d&apos;ajouter des patients (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account here lets frontdesk add patients.</source>
        <translation>Aucun compte ici ne permet à frontdesk d&apos;ajouter des patients.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../frontdesk/ui/patient_form.py" line="+122"/>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born in %1? Check the year.</source>
        <translation>Né en %1 ? Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A phone number holds digits, spaces, + - . / ( ) only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et + - . / ( ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Un numéro de téléphone a de 6 à 15 chiffres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not an e-mail address (like name@example.com).</source>
        <translation>Pas une adresse e-mail (comme nom@exemple.be).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>Le prénom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first name contains digits.</source>
        <translation>Le prénom contient des chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name contains digits.</source>
        <translation>Le nom contient des chiffres.</translation>
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+50"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, tél. ou date de naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A surname, a phone number in any format, or a birth date (dd/mm/yyyy)</source>
        <translation>Un nom de famille, un numéro de téléphone dans n&apos;importe quel format, ou une date de naissance (jj/mm/aaaa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients</source>
        <translation>Chercher des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add a patient in the vendor&apos;s system</source>
        <translation>Ajouter un patient dans le logiciel du fournisseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account here lets frontdesk add patients: %1</source>
        <translation>Aucun compte ici ne permet à frontdesk d&apos;ajouter des patients : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a phone number or a birth date.</source>
        <translation>Tapez un nom, un numéro de téléphone ou une date de naissance.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s) in the cache. Type to search.</source>
        <translation>
            <numerusform>%Ln patient en cache. Tapez pour chercher.</numerusform>
            <numerusform>%Ln patients en cache. Tapez pour chercher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep typing: a phone number is searched from its 4th digit.</source>
        <translation>Continuez : un numéro de téléphone est cherché à partir du 4e chiffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient matches. Try the surname, a phone number or dd/mm/yyyy.</source>
        <translation>Aucun patient ne correspond. Essayez le nom de famille, un numéro de téléphone ou jj/mm/aaaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>50+ found</source>
        <translation>50+ trouvés</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The search could not be run: %1</source>
        <translation>La recherche n&apos;a pas pu être lancée : %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Saved here; it will be sent when the vendor answers (%1).</source>
        <translation>Enregistré ici ; ce sera envoyé quand le fournisseur répondra (%1).</translation>
    </message>
</context>
<context>
    <name>PinboardPane</name>
    <message>
        <location filename="../../frontdesk/ui/pinboard_pane.py" line="+172"/>
        <source>Pinboard</source>
        <translation>Tableau d&apos;épingles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments picked up to move to another day or time</source>
        <translation>Rendez-vous mis de côté pour les déplacer à un autre jour ou une autre heure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show in book</source>
        <translation>Afficher dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the day of the selected appointment</source>
        <translation>Aller au jour du rendez-vous sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected card off the board (Delete)</source>
        <translation>Retirer la fiche sélectionnée du tableau (Suppr)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the pinboard: %1</source>
        <translation>Impossible de lire le tableau d&apos;épingles : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An appointment no longer in the book</source>
        <translation>Un rendez-vous qui n&apos;est plus dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with %2</source>
        <translation>%1, avec %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is no longer in the book</source>
        <translation>il n&apos;est plus dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted at the vendor: remove the card</source>
        <translation>Supprimé chez le fournisseur : retirez la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the vendor</source>
        <translation>chez le fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elsewhere</source>
        <translation>ailleurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1: remove the card</source>
        <translation>Annulé %1 : retirez la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 since it was pinned</source>
        <translation>Déplacé %1 depuis qu&apos;il a été épinglé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drag an appointment here from the book, or use Pin to move in its menu. Then go to another day and drag the card onto a free time.</source>
        <translation>Glissez ici un rendez-vous depuis l&apos;agenda, ou utilisez Épingler pour déplacer dans son menu. Allez ensuite à un autre jour et glissez la fiche sur une plage libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card onto a free time in the book, or select it and click a free time.</source>
        <translation>Glissez une fiche sur une plage libre de l&apos;agenda, ou sélectionnez-la et cliquez sur une plage libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This one cannot be moved: %1.</source>
        <translation>Celui-ci ne peut pas être déplacé : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a free time in the book to move %1 there.</source>
        <translation>Cliquez sur une plage libre de l&apos;agenda pour y déplacer %1.</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <location filename="../../frontdesk/ui/window/pinning.py" line="+55"/>
        <source>Put the appointment on the pinboard, to drop it on another day</source>
        <translation>Mettre le rendez-vous sur le tableau d&apos;épingles, pour le déposer sur un autre jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin to move</source>
        <translation>Épingler pour déplacer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pin to move: %1</source>
        <translation>Épingler pour déplacer : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot pin %1: %2</source>
        <translation>Impossible d&apos;épingler %1 : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Pinned %1: go to another day, then drag the card onto a free time</source>
        <translation>%1 épinglé : allez à un autre jour, puis glissez la fiche sur une plage libre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it is kept in another system</source>
        <translation>il est tenu dans un autre système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not moved: %1</source>
        <translation>Non déplacé : %1</translation>
    </message>
</context>
<context>
    <name>ProviderCount</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/actions.py" line="+97"/>
        <source>%n of %1 providers</source>
        <translation>
            <numerusform>%n praticien sur %1</numerusform>
            <numerusform>%n praticiens sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <location filename="../../frontdesk/ui/provider_menu.py" line="+38"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the providers saved as %1</source>
        <translation>Afficher les praticiens enregistrés sous %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these providers as a view…</source>
        <translation>Enregistrer ces praticiens comme vue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a view</source>
        <translation>Supprimer une vue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide everyone</source>
        <translation>Masquer tout le monde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a view</source>
        <translation>Enregistrer une vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this set of providers (for example, the desk&apos;s name):</source>
        <translation>Nom de ce groupe de praticiens (par exemple, le nom de l&apos;accueil) :</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reason_dialog.py" line="+25"/>
        <source>Patient cancelled</source>
        <translation>Annulé par le patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient is ill</source>
        <translation>Patient malade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic cancelled</source>
        <translation>Annulé par le cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider unavailable</source>
        <translation>Praticien indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by mistake</source>
        <translation>Pris par erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Annuler &lt;b&gt;%1&lt;/b&gt; ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>Choisissez ou saisissez un motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why, so the clinic can report on it.</source>
        <translation>Indiquez pourquoi, pour les statistiques du cabinet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason is not kept.</source>
        <translation>Le motif n&apos;est pas conservé.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reauth.py" line="+59"/>
        <source>Sign in again — %1</source>
        <translation>Se reconnecter — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 no longer accepts the saved credentials for %2.&lt;/b&gt;&lt;br&gt;Enter them again to carry on. Until then the book shows what was last fetched, and changes wait to be sent.</source>
        <translation>&lt;b&gt;%1 n&apos;accepte plus les identifiants enregistrés pour %2.&lt;/b&gt;&lt;br&gt;Saisissez-les à nouveau pour continuer. D&apos;ici là, l&apos;agenda montre les dernières données reçues et les modifications attendent d&apos;être envoyées.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in for this session. They could not be kept in the keyring (%1): you will be asked again.</source>
        <translation>Connecté pour cette session. Les identifiants n&apos;ont pas pu être gardés dans le trousseau (%1) : ils vous seront redemandés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+13"/>
        <source>Reschedule appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Now %4, %5 with %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Actuellement %4, %5 avec %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time</source>
        <translation>Nouvelle heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider</source>
        <translation>&amp;Praticien</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a new time or provider.</source>
        <translation>Choisissez une nouvelle heure ou un autre praticien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That time has passed.</source>
        <translation>Cette heure est passée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the same provider: moving it there double-books them.</source>
        <translation>%1 du même praticien : le déplacer là crée un double rendez-vous.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appointment stays where it is.</source>
        <translation>Le rendez-vous reste où il est.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+20"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 weeks</source>
        <translation>Toutes les 3 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 4 weeks</source>
        <translation>Toutes les 4 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same date</source>
        <translation>Chaque mois, à la même date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same weekday (2nd Tuesday)</source>
        <translation>Chaque mois, le même jour de la semaine (2e mardi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the last weekday (last Friday)</source>
        <translation>Chaque mois, le dernier jour de la semaine (dernier vendredi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of appointments</source>
        <translation>Nombre de rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of the series</source>
        <translation>Dernier jour de la série</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appointments of the series</source>
        <translation>Rendez-vous de la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>That end date makes more than %1 appointments: choose an earlier date.</source>
        <translation>Cette date de fin donne plus de %1 rendez-vous : choisissez une date plus proche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series ends before its first appointment.</source>
        <translation>La série se termine avant son premier rendez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This day is not the last of its weekday in the month.</source>
        <translation>Ce jour n&apos;est pas le dernier de ce jour de la semaine dans le mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings make no series.</source>
        <translation>Ces réglages ne donnent aucune série.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Appointment %1 of the series</source>
        <translation>Rendez-vous %1 de la série</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking each appointment…</source>
        <translation>Vérification de chaque rendez-vous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times in %1.</source>
        <translation>Heures en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need a look (marked ⚠).</source>
        <translation>
            <numerusform>%n à vérifier (marqué ⚠).</numerusform>
            <numerusform>%n à vérifier (marqués ⚠).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n sauté.</numerusform>
            <numerusform>%n sautés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out %1: it has no 5th %2.</source>
        <translation>%1 omis : il n&apos;a pas de 5e %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out %1: it has no day %2.</source>
        <translation>%1 omis : il n&apos;a pas de jour %2.</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../frontdesk/ui/series_actions.py" line="+55"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1&apos;s appointment of a series?</source>
        <translation>Annuler le rendez-vous de %1 faisant partie d&apos;une série ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Move appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Move %1&apos;s appointment of a series?</source>
        <translation>Déplacer le rendez-vous de %1 faisant partie d&apos;une série ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change only this appointment, or this one and the following ones too.</source>
        <translation>Modifier ce rendez-vous seulement, ou aussi les suivants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This appointment only</source>
        <translation>Ce rendez-vous seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following</source>
        <translation>Celui-ci et les suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Move %n appointments by the same shift?</source>
        <translation>
            <numerusform>Déplacer %n rendez-vous du même décalage ?</numerusform>
            <numerusform>Déplacer %n rendez-vous du même décalage ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointments cancelled</source>
        <translation>
            <numerusform>%n rendez-vous annulé</numerusform>
            <numerusform>%n rendez-vous annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointments moved</source>
        <translation>
            <numerusform>%n rendez-vous déplacé</numerusform>
            <numerusform>%n rendez-vous déplacés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 not changed: %2</source>
        <translation>%1 non modifiés : %2</translation>
    </message>
</context>
<context>
    <name>ServerLinkLabel</name>
    <message>
        <location filename="../../frontdesk/ui/server_link.py" line="+27"/>
        <source>Clinic server</source>
        <translation>Serveur du cabinet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This desk shows its own copy of the book and keeps your changes until the clinic server answers again; then they are handed to the clinic&apos;s sync agent.</source>
        <translation>Ce poste affiche sa propre copie de l&apos;agenda et garde vos modifications jusqu&apos;à ce que le serveur du cabinet réponde à nouveau ; elles sont alors transmises à l&apos;agent de synchronisation du cabinet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic server unreachable — showing this desk&apos;s copy of the book</source>
        <translation>Serveur du cabinet injoignable — copie de l&apos;agenda de ce poste affichée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic server unreachable — showing the book as of %1</source>
        <translation>Serveur du cabinet injoignable — agenda affiché tel qu&apos;à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change kept while the clinic server was away was not accepted: %1</source>
        <translation>Une modification gardée pendant l&apos;absence du serveur du cabinet n&apos;a pas été acceptée : %1</translation>
    </message>
</context>
<context>
    <name>ServiceCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/openings_pane.py" line="-450"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/day_sheet.py" line="-181"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n à appeler</numerusform>
            <numerusform>%n à appeler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="-108"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SlotHold</name>
    <message>
        <location filename="../../frontdesk/ui/slot_hold.py" line="+53"/>
        <source>Being booked at %1. Choose another time, or wait until it is free.</source>
        <translation>En cours de réservation à %1. Choisissez une autre heure, ou attendez qu’elle se libère.</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <location filename="../../frontdesk/ui/status_icons.py" line="+25"/>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked: no mark</source>
        <translation>Réservé : pas de marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the patient: a ring with a tick and a solid outline</source>
        <translation>Confirmé par le patient : un anneau avec une coche et un contour plein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived (checked in): a green disc with a tick</source>
        <translation>Arrivé (enregistré) : un disque vert avec une coche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seen (fulfilled): a grey square with a tick</source>
        <translation>Vu (terminé) : un carré gris avec une coche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show: a red disc with a cross; the name is struck through</source>
        <translation>Absent : un disque rouge avec une croix ; le nom est barré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled (shown on request): a grey ring with a bar</source>
        <translation>Annulé (affiché sur demande) : un anneau gris barré</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <location filename="../../frontdesk/ui/time_input.py" line="+27"/>
        <source>Type 13:30, 1330, 9h30, 9 or 1:30 pm</source>
        <translation>Tapez 13:30, 1330, 9h30, 9 ou 1:30 pm</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../frontdesk/ui/update_notice.py" line="+54"/>
        <source>A newer frontdesk is available</source>
        <translation>Une version plus récente de frontdesk est disponible</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to see what is new and get the installer</source>
        <translation>Cliquez pour voir les nouveautés et obtenir le programme d&apos;installation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontdesk %1 is available (this is %2).</source>
        <translation>frontdesk %1 est disponible (vous avez la %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Get the installer</source>
        <translation>Obtenir le programme d&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models.py" line="+20"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>l&apos;absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen</source>
        <translation>vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting list</source>
        <translation>liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_dialog.py" line="+47"/>
        <location line="+54"/>
        <source>Add to the waitlist</source>
        <translation>Ajouter à la liste d&apos;attente</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Name, phone, e-mail or date of birth</source>
        <translation>Nom, téléphone, e-mail ou date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the patient</source>
        <translation>Chercher le patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>N&apos;importe quelle heure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not before</source>
        <translation>Pas avant le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Pas après le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Not after” is before “Not before”.</source>
        <translation>« Pas après le » précède « Pas avant le ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent: offered first</source>
        <translation>Urgent : proposé en premier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (none: any)</source>
        <translation>Jours (aucun : tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Any service</source>
        <translation>N&apos;importe quelle prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Tout praticien</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is on the waitlist</source>
        <translation>%1 est sur la liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+46"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any service</source>
        <translation>Toute prestation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any provider</source>
        <translation>Tout praticien</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (urgent)</source>
        <translation>%1 (urgent)</translation>
    </message>
</context>
<context>
    <name>WaitlistOffer</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_offer.py" line="+36"/>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n waiting patient(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n patient en attente convient pour %1 avec %2</numerusform>
            <numerusform>%n patients en attente conviennent pour %1 avec %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Book this slot for this patient</source>
        <translation>Réserver cette plage pour ce patient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1</source>
        <translation>Réserver %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no service of this provider fits the slot</source>
        <translation>aucune prestation de ce praticien ne tient dans cette plage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the vendor refused the booking</source>
        <translation>le fournisseur a refusé la réservation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked %1 %2</source>
        <translation>%1 réservé %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not booked: %1</source>
        <translation>Non réservé : %1</translation>
    </message>
</context>
<context>
    <name>WaitlistPane</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+21"/>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by service</source>
        <translation>Filtrer par prestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by provider</source>
        <translation>Filtrer par praticien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent only</source>
        <translation>Urgents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any service</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the waitlist: %1</source>
        <translation>Impossible de lire la liste d&apos;attente : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody is waiting for an earlier time.</source>
        <translation>Personne n&apos;attend une heure plus tôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 waiting, urgent and longest waiting first.</source>
        <translation>%1 sur %2 en attente, urgents et plus longues attentes d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../frontdesk/ui/window/actions.py" line="+61"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today</source>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+284"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+280"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Go to date…</source>
        <translation>Aller à la date…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the day to show (d/m or m/d, as the clinic writes)</source>
        <translation>Tapez le jour à afficher (j/m ou m/j, comme l&apos;écrit le cabinet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the latest from every account</source>
        <translation>Récupérer les dernières données de chaque compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New appointment</source>
        <translation>Nouveau RDV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book an appointment</source>
        <translation>Réserver un rendez-vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find patient</source>
        <translation>Chercher un patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients by name, phone or birth date</source>
        <translation>Chercher des patients par nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find opening</source>
        <translation>Chercher une plage libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the next opening</source>
        <translation>Chercher la prochaine plage libre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the book</source>
        <translation>Aller à l&apos;agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard to the appointment book</source>
        <translation>Placer le clavier dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day view: a column per provider</source>
        <translation>Vue du jour : une colonne par praticien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week view: one provider, a column per day</source>
        <translation>Vue de la semaine : un praticien, une colonne par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch day/week</source>
        <translation>Basculer jour/semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch between day and week</source>
        <translation>Basculer entre le jour et la semaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Show cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Show cancelled appointments too</source>
        <translation>Afficher aussi les rendez-vous annulés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by location</source>
        <translation>Grouper par lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the providers by location</source>
        <translation>Grouper les praticiens par lieu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet (PDF or print)…</source>
        <translation>Feuille du jour (PDF ou impression)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day sheet (one provider or everyone), exported to PDF or printed</source>
        <translation>Une feuille du jour (un praticien ou tous), exportée en PDF ou imprimée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every shortcut, and what the marks in the book mean</source>
        <translation>Tous les raccourcis, et ce que signifient les marques dans l&apos;agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close frontdesk</source>
        <translation>Fermer frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>Providers</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Providers shown</source>
        <translation>Praticiens affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the providers shown in the day view</source>
        <translation>Choisir les praticiens affichés dans la vue du jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider of the week</source>
        <translation>Praticien de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose week is shown</source>
        <translation>La semaine de qui est affichée</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic server…</source>
        <translation>Serveur du cabinet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Appointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show cancelled (%1)</source>
        <translation>Annulés (%1)</translation>
    </message>
</context>
</TS>
