<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../frontdesk/ui/account_fields.py" line="+19"/>
        <location line="+4"/>
        <source>Gateway API key</source>
        <translation>API-sleutel van de gateway</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The integration&apos;s key from PatientNow</source>
        <translation>De sleutel van de integratie, van PatientNow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integration&apos;s key from VISH</source>
        <translation>De sleutel van de integratie, van VISH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API user name</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user frontdesk signs in as</source>
        <translation>De gebruiker waarmee frontdesk zich aanmeldt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API user password</source>
        <translation>Wachtwoord van de API-gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CompanyId</source>
        <translation>CompanyId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this location only</source>
        <translation>Optioneel: alleen met deze locatie werken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrator key (x-api-key)</source>
        <translation>Integratorsleutel (x-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From PracSuite&apos;s integration settings</source>
        <translation>Uit de integratie-instellingen van PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic key (A-api-key)</source>
        <translation>Praktijksleutel (A-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic&apos;s own key, from PracSuite</source>
        <translation>De eigen sleutel van de praktijk, van PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner API key</source>
        <translation>Partner-API-sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the Providers scope</source>
        <translation>Vereist de scope Providers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User e-mail</source>
        <translation>E-mail van de gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Progenda user frontdesk acts as</source>
        <translation>De Progenda-gebruiker namens wie frontdesk werkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user&apos;s API token, from Progenda</source>
        <translation>Het API-token van die gebruiker, van Progenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center ID</source>
        <translation>Centrum-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this center only</source>
        <translation>Optioneel: alleen met dit centrum werken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice code (PPass)</source>
        <translation>Praktijkcode (PPass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As shown in Naturaesoft&apos;s settings</source>
        <translation>Zoals getoond in de instellingen van Naturaesoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the name shown in frontdesk</source>
        <translation>Optioneel: de naam die frontdesk toont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by SyncVet for frontdesk</source>
        <translation>Uitgereikt door SyncVet voor frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with the client ID</source>
        <translation>Uitgereikt met de client-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice ID</source>
        <translation>Praktijk-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this practice only</source>
        <translation>Optioneel: alleen met deze praktijk werken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Optional, e.g. Europe/Brussels (the clinic&apos;s, when not sent)</source>
        <translation>Optioneel, bv. Europe/Brussels (indien niet verstuurd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. America/Chicago</source>
        <translation>Optioneel, bv. America/Chicago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token address</source>
        <translation>Tokenadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Only when SyncVet gives another one</source>
        <translation>Alleen als SyncVet een ander geeft</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per day</source>
        <translation>Verzoeken per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frontdesk&apos;s own limit for this account</source>
        <translation>De eigen limiet van frontdesk voor dit account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days kept back</source>
        <translation>Bewaarde dagen terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many past days of the book are fetched</source>
        <translation>Hoeveel voorbije dagen van de agenda opgehaald worden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days fetched ahead</source>
        <translation>Dagen vooruit opgehaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead are fetched</source>
        <translation>Hoeveel dagen vooruit opgehaald worden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the book and computed openings, e.g. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</source>
        <translation>Voor de agenda en berekende vrije tijden, bv. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page size</source>
        <translation>Paginagrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per request</source>
        <translation>Records per verzoek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the vendor&apos;s support asks</source>
        <translation>Alleen als de support van de leverancier het vraagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the PatientNow API user. Optionally a CompanyId to work with one location only.</source>
        <translation>De gateway-API-sleutel van de integratie, en de gebruikersnaam en het wachtwoord van de PatientNow-API-gebruiker. Optioneel een CompanyId om met één locatie te werken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the VISH API user. Optionally a CompanyId to work with one location only.</source>
        <translation>De gateway-API-sleutel van de integratie, en de gebruikersnaam en het wachtwoord van de VISH-API-gebruiker. Optioneel een CompanyId om met één locatie te werken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integrator&apos;s API key (x-api-key) and the clinic&apos;s key (A-api-key) from PracSuite&apos;s integration settings.</source>
        <translation>De API-sleutel van de integrator (x-api-key) en de sleutel van de praktijk (A-api-key), uit de integratie-instellingen van PracSuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address and API token of the Progenda user frontdesk acts as.</source>
        <translation>Het e-mailadres en het API-token van de Progenda-gebruiker namens wie frontdesk werkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice code (PPass) and a partner API key with the Providers scope. The server address is assumed (https://api.naturaesoft.com): ask Naturaesoft.</source>
        <translation>De praktijkcode (PPass) en een partner-API-sleutel met de scope Providers. Het serveradres wordt verondersteld (https://api.naturaesoft.com): vraag het aan Naturaesoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client ID and client secret SyncVet issued for frontdesk; the practice ID limits the account to one practice.</source>
        <translation>De client-ID en het clientgeheim die SyncVet voor frontdesk uitreikte; de praktijk-ID beperkt het account tot één praktijk.</translation>
    </message>
</context>
<context>
    <name>AccountStatusStrip</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="+95"/>
        <source>synced %1</source>
        <translation>gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>syncing… (last %1)</source>
        <translation>synchroniseren… (laatste om %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>synchroniseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline · as of %1</source>
        <translation>offline · stand van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>needs login</source>
        <translation>aanmelding nodig</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>incomplete · as of %1</source>
        <translation>onvolledig · stand van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>syncing</source>
        <translation>synchroniseren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes waiting</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <location line="+8"/>
        <source>%Ln request(s) left today</source>
        <translation>
            <numerusform>nog %Ln verzoek vandaag</numerusform>
            <numerusform>nog %Ln verzoeken vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <location line="+7"/>
        <source>%n write(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next try at %1</source>
        <translation>Volgende poging om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(click for every account)</source>
        <translation>(klik voor alle accounts)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) saved here, waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging hier bewaard, wacht om verstuurd te worden</numerusform>
            <numerusform>%n wijzigingen hier bewaard, wachten om verstuurd te worden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sent</source>
        <translation>Alles verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has reached its vendor</source>
        <translation>Elke wijziging is bij de leverancier aangekomen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n write(s) waiting in all</source>
        <translation>
            <numerusform>%n wijziging wacht in totaal</numerusform>
            <numerusform>%n wijzigingen wachten in totaal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has been sent.</source>
        <translation>Alle wijzigingen zijn verstuurd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing %1/%2</source>
        <translation>Synchroniseren %1/%2</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/accounts_dialog.py" line="+50"/>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>bewaard in de sleutelbos — leeg laten om te behouden</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+541"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+261"/>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Account name</source>
        <translation>Naam van het account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the front desk calls it, e.g. Brussels clinic</source>
        <translation>Hoe het onthaal het noemt, bv. Praktijk Brussel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+276"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Advanced settings</source>
        <translation>Geavanceerde instellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save without testing</source>
        <translation>Bewaren zonder testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Opnieuw aanmelden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test result</source>
        <translation>Testresultaat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose an account, or add one.</source>
        <translation>Kies een account, of voeg er een toe.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (not in this version)</source>
        <translation>%1 (niet in deze versie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not running yet</source>
        <translation>nog niet actief</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown vendor &apos;%1&apos; (not in this version)</source>
        <translation>onbekende leverancier &apos;%1&apos; (niet in deze versie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To rename, add the account again under the new name</source>
        <translation>Om te hernoemen, voeg het account opnieuw toe onder de nieuwe naam</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Leave empty for the vendor&apos;s usual address</source>
        <translation>Leeg laten voor het gewone adres van de leverancier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The account&apos;s settings are not saved.</source>
        <translation>De instellingen van het account zijn niet bewaard.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with this name exists already.</source>
        <translation>Er bestaat al een account met deze naam.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbinding met %1 testen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ Connected: %1 accepted these settings.</source>
        <translation>✓ Verbonden: %1 aanvaardde deze instellingen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✗ %1 Nothing was saved.</source>
        <translation>✗ %1 Er werd niets bewaard.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+33"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved. The secrets are in the keyring.</source>
        <translation>Bewaard. De geheimen zitten in de sleutelbos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The secrets are in the keyring. frontdesk starts syncing this account at its next start.</source>
        <translation>Bewaard. De geheimen zitten in de sleutelbos. frontdesk synchroniseert dit account vanaf de volgende start.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1? Its settings, its cached data and its secrets in the keyring are deleted. Nothing changes in %2 itself.</source>
        <translation>%1 verwijderen? De instellingen, de gegevens in de cache en de geheimen in de sleutelbos worden gewist. In %2 zelf verandert niets.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 was removed.</source>
        <translation>%1 werd verwijderd.</translation>
    </message>
</context>
<context>
    <name>AccountsPopover</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="-175"/>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>AgentHealth</name>
    <message>
        <location filename="../../frontdesk/ui/agent_health.py" line="+28"/>
        <source>Sync agent: never seen</source>
        <translation>Synchronisatieagent: nooit gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync agent has run on the clinic server yet.</source>
        <translation>Er heeft nog geen synchronisatieagent op de praktijkserver gedraaid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync agent: alive</source>
        <translation>Synchronisatieagent: actief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync agent: not seen for %1 min</source>
        <translation>Synchronisatieagent: %1 min niet gezien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: last sync %2</source>
        <translation>%1: laatste synchronisatie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 requests left today</source>
        <translation>, nog %1 verzoeken vandaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is configured on the clinic server.</source>
        <translation>Er is geen account ingesteld op de praktijkserver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync agent: …</source>
        <translation>Synchronisatieagent: …</translation>
    </message>
</context>
<context>
    <name>AgentHealthLabel</name>
    <message>
        <location line="+2"/>
        <source>Clinic sync agent</source>
        <translation>Synchronisatieagent van de praktijk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sync agent: clinic server not reachable</source>
        <translation>Synchronisatieagent: praktijkserver niet bereikbaar</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../frontdesk/ui/appointment_actions.py" line="+66"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient confirmed they will come</source>
        <translation>De patiënt bevestigde te komen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient has arrived</source>
        <translation>De patiënt is aangekomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient did not come</source>
        <translation>De patiënt is niet gekomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as a no-show</source>
        <translation>als niet gekomen gemarkeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel appointment…</source>
        <translation>Afspraak annuleren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the appointment, with a reason</source>
        <translation>De afspraak annuleren, met een reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reschedule…</source>
        <translation>Verzetten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to another day, time or provider (or drag it in the book)</source>
        <translation>Naar een andere dag, tijd of zorgverlener verplaatsen (of in de agenda slepen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit appointment…</source>
        <translation>Afspraak bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the service, length or notes</source>
        <translation>De dienst, duur of notities wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open patient</source>
        <translation>Patiënt openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the patient in the Patients pane</source>
        <translation>De patiënt tonen in het paneel Patiënten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened to the appointment: moves, changes, status, by whom</source>
        <translation>Wat er met de afspraak gebeurde: verplaatsingen, wijzigingen, status, door wie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is cancelled</source>
        <translation>ze is geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was entered in error</source>
        <translation>ze werd foutief ingevoerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the visit is over</source>
        <translation>het bezoek is voorbij</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the booking has not reached the vendor yet</source>
        <translation>de boeking is nog niet bij de leverancier aangekomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no patient is attached to this appointment</source>
        <translation>er is geen patiënt aan deze afspraak gekoppeld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only a booked appointment can be confirmed</source>
        <translation>alleen een geboekte afspraak kan bevestigd worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is already confirmed</source>
        <translation>ze is al bevestigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient is already checked in</source>
        <translation>de patiënt is al aangemeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is already marked as a no-show</source>
        <translation>ze is al als niet gekomen gemarkeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient has arrived</source>
        <translation>de patiënt is aangekomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patient did not come; book a new appointment instead</source>
        <translation>de patiënt is niet gekomen; boek liever een nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confirmation</source>
        <translation>de bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>de aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>het niet komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancellation</source>
        <translation>de annulering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>de verplaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>de wijziging</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo %1 of %2</source>
        <translation>%1 van %2 ongedaan maken</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+270"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>select an appointment first</source>
        <translation>selecteer eerst een afspraak</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The appointment has not started yet (it starts at %1).</source>
        <translation>De afspraak is nog niet begonnen (ze begint om %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appointment is at %1, %2 from now.</source>
        <translation>De afspraak is om %1, over %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as a no-show: %1?</source>
        <translation>Als niet gekomen markeren: %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in: %1?</source>
        <translation>Aanmelden: %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as a no-show now</source>
        <translation>Nu als niet gekomen markeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in now</source>
        <translation>Nu aanmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: saved, and will be sent when the vendor answers (%2)</source>
        <translation>%1: bewaard, en wordt verstuurd zodra de leverancier antwoordt (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change was not made.</source>
        <translation>De wijziging werd niet doorgevoerd.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Cannot move %1: %2</source>
        <translation>Kan %1 niet verplaatsen: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot move %1: that time has passed</source>
        <translation>Kan %1 niet verplaatsen: dat tijdstip is voorbij</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2 with %3?</source>
        <translation>%1 verplaatsen naar %2 bij %3?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this double-books the provider.</source>
        <translation>%1: de zorgverlener wordt dubbel geboekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 taken back (it had not been sent)</source>
        <translation>%1: %2 werd ingetrokken (ze was nog niet verstuurd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the appointment is no longer in the book</source>
        <translation>%1: de afspraak staat niet meer in de agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cancellation reached %1, which cannot take a cancellation back. Book %2 again for %3 if the time is still free.</source>
        <translation>De annulering is bij %1 aangekomen, dat een annulering niet kan terugdraaien. Boek %2 opnieuw voor %3 als het tijdstip nog vrij is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: there is no %2 to take back any more</source>
        <translation>%1: er is geen %2 meer om in te trekken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 reached %2, and it cannot be taken back from frontdesk (%3). Change it in %2 itself.</source>
        <translation>%1 is bij %2 aangekomen en kan niet vanuit frontdesk ingetrokken worden (%3). Wijzig het in %2 zelf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 taken back</source>
        <translation>%1: %2 werd ingetrokken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: taking back the %2 is saved, and will be sent when the vendor answers (%3)</source>
        <translation>%1: het intrekken van %2 is bewaard en wordt verstuurd zodra de leverancier antwoordt (%3)</translation>
    </message>
</context>
<context>
    <name>ArrivalsPane</name>
    <message>
        <location filename="../../frontdesk/ui/arrivals_pane.py" line="+41"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the connected vendors&apos; APIs can record a visit as over; mark it in the vendor&apos;s own software (the list follows when it syncs)</source>
        <translation>Geen enkele API van de gekoppelde leveranciers kan een bezoek afsluiten; markeer het in de software van de leverancier zelf (de lijst volgt bij de synchronisatie)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Patients here</source>
        <translation>Aanwezige patiënten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody has checked in yet today.</source>
        <translation>Er is vandaag nog niemand aangemeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patient is taken as seen half an hour after the booked end (no vendor here records check-out).</source>
        <translation>Een patiënt geldt als gezien een halfuur na het geboekte einde (geen enkele leverancier hier registreert het vertrek).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seen (check out)</source>
        <translation>Gezien (vertrek)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not read who is here: %1</source>
        <translation>Kon niet lezen wie er is: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, %2
Booked %3 %4 with %5 (%6%7)
%8</source>
        <translation>%1, %2
Geboekt %3 %4 bij %5 (%6%7)
%8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrived %1</source>
        <translation>Aangekomen om %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival time not known</source>
        <translation>Aankomstuur niet bekend</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s) checked in and waiting, longest first.</source>
        <translation>
            <numerusform>%n patiënt aangemeld en wachtend.</numerusform>
            <numerusform>%n patiënten aangemeld en wachtend, langst wachtende eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting: no patient is checked in and not yet seen.</source>
        <translation>Niemand wacht: geen enkele aangemelde patiënt wacht nog.</translation>
    </message>
</context>
<context>
    <name>BlockoutDialog</name>
    <message>
        <location filename="../../frontdesk/ui/blockout_dialog.py" line="+51"/>
        <source>New blockout</source>
        <translation>Nieuwe blokkering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every provider of the account</source>
        <translation>Alle zorgverleners van het account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Lunch, Team meeting</source>
        <translation>bv. Middagpauze, Teamvergadering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until</source>
        <translation>Elke week tot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at</source>
        <translation>%1 om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored at %1 too, as an appointment with no patient; times in %2.</source>
        <translation>Ook bewaard bij %1, als een afspraak zonder patiënt; tijden in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in frontdesk (not sent to the vendor); times in %1.</source>
        <translation>Bijgehouden in frontdesk (niet naar de leverancier verstuurd); tijden in %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add blockout</source>
        <translation>Blokkering toevoegen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 blocked: %2</source>
        <translation>%1 geblokkeerd: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>Blockouts</name>
    <message>
        <location filename="../../frontdesk/ui/book/blockouts.py" line="+44"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) for every provider</source>
        <translation>%1 (%2) voor alle zorgverleners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) for this provider</source>
        <translation>%1 (%2) voor deze zorgverlener</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, weekly until %1</source>
        <translation>, wekelijks tot %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not offered as an opening; %1</source>
        <translation>Niet aangeboden als vrije tijd; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored at %1</source>
        <translation>bewaard bij %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be stored at %1</source>
        <translation>wacht om bewaard te worden bij %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on this desk: %1 refused it (%2)</source>
        <translation>bijgehouden op deze balie: %1 weigerde het (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept on this desk</source>
        <translation>bijgehouden op deze balie</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <location filename="../../frontdesk/ui/window/book_controller.py" line="+221"/>
        <source>Saved the providers shown as the view %1</source>
        <translation>De getoonde zorgverleners bewaard als de weergave %1</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Showing the %n providers of %1; choose others (or save a view) under Providers</source>
        <translation>
            <numerusform>De zorgverlener van %1 wordt getoond; kies andere (of bewaar een weergave) onder Zorgverleners</numerusform>
            <numerusform>De %n zorgverleners van %1 worden getoond; kies andere (of bewaar een weergave) onder Zorgverleners</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The book could not be read: %1</source>
        <translation>De agenda kon niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>BookCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/book/text.py" line="+54"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPainting</name>
    <message>
        <location filename="../../frontdesk/ui/book/painting.py" line="+387"/>
        <source>another system</source>
        <translation>een ander systeem</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No location</source>
        <translation>Geen locatie</translation>
    </message>
</context>
<context>
    <name>BookRules</name>
    <message>
        <location filename="../../frontdesk/ui/book/rules.py" line="+30"/>
        <source>%1 does not offer %2</source>
        <translation>%1 biedt %2 niet aan</translation>
    </message>
</context>
<context>
    <name>BookText</name>
    <message>
        <location filename="../../frontdesk/ui/book/text.py" line="-27"/>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Wacht om verstuurd te worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, not booked</source>
        <translation>Vastgehouden, niet geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error</source>
        <translation>Foutief ingevoerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left message</source>
        <translation>bericht ingesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to reschedule</source>
        <translation>vraagt te verzetten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call: %1 (%2, %3/%4)</source>
        <translation>Oproep: %1 (%2, %3/%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Alert: %1</source>
        <translation>⚠ Waarschuwing: %1</translation>
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
        <translation>, wacht om verstuurd te worden</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>, call: %1</source>
        <translation>, oproep: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, alert: %1</source>
        <translation>, waarschuwing: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2 to %3%4, %5, %6, %7</source>
        <translation>%1, %2 tot %3%4, %5, %6, %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>times in %1</source>
        <translation>tijden in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of %2, column %3</source>
        <translation>rij %1 van %2, kolom %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · waiting to be sent</source>
        <translation> · wacht om verstuurd te worden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Part of a weekly series (%1 of %2)</source>
        <translation>Deel van een wekelijkse reeks (%1 van %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a monthly series (%1 of %2)</source>
        <translation>Deel van een maandelijkse reeks (%1 van %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a daily series (%1 of %2)</source>
        <translation>Deel van een dagelijkse reeks (%1 van %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of a series every %1 weeks (%2 of %3)</source>
        <translation>Deel van een reeks om de %1 weken (%2 van %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 months (%2 of %3)</source>
        <translation>Deel van een reeks om de %1 maanden (%2 van %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 days (%2 of %3)</source>
        <translation>Deel van een reeks om de %1 dagen (%2 van %3)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../frontdesk/ui/booking_dialog.py" line="+117"/>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search: name, phone or birth date</source>
        <translation>Naam, telefoon of geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>New patient…</source>
        <translation>Nieuwe patiënt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the patient in the vendor&apos;s system, then book</source>
        <translation>De patiënt toevoegen in het systeem van de leverancier en dan boeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching patients</source>
        <translation>Gevonden patiënten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient alert</source>
        <translation>Patiëntwaarschuwing</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free times…</source>
        <translation>Vrije tijden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the free times for this service from the chosen day</source>
        <translation>De vrije tijden voor deze dienst tonen vanaf de gekozen dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notities voor de zorgverlener (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Free times now</source>
        <translation>Vrije tijden nu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+550"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 min · %3</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing is booked yet.</source>
        <translation>Er is nog niets geboekt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clinic time (%1)</source>
        <translation>Tijd van de praktijk (%1)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Waarschuwing:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patient chosen yet.</source>
        <translation>Nog geen patiënt gekozen.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose the patient: search by name, phone or birth date, then click the result.</source>
        <translation>Kies de patiënt: zoek op naam, telefoon of geboortedatum en klik op het resultaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service.</source>
        <translation>Kies een dienst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be booked from frontdesk: %2.</source>
        <translation>%1 kan niet vanuit frontdesk geboekt worden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a patient of the places where this service is offered: %2 refuses to book them there. Choose another service.</source>
        <translation>%1 is geen patiënt op de plaatsen waar deze dienst aangeboden wordt: %2 weigert daar een afspraak te boeken. Kies een andere dienst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No provider offers this service.</source>
        <translation>Geen zorgverlener biedt deze dienst aan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This patient is in %1; the service belongs to %2. Choose a service of the patient&apos;s account.</source>
        <translation>Deze patiënt zit in %1; de dienst hoort bij %2. Kies een dienst van de account van de patiënt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Dat tijdstip is voorbij. Kies een tijdstip in de toekomst.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+57"/>
        <source>Book anyway</source>
        <translation>Toch boeken</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>Book %n appointments</source>
        <translation>
            <numerusform>%n afspraak boeken</numerusform>
            <numerusform>%n afspraken boeken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>Booking…</source>
        <translation>Bezig met boeken…</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Series booked: %n appointments.</source>
        <translation>
            <numerusform>Reeks geboekt: %n afspraak.</numerusform>
            <numerusform>Reeks geboekt: %n afspraken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n saved, to be sent when the vendor answers.</source>
        <translation>
            <numerusform>%n bewaard, verstuurd zodra de leverancier antwoordt.</numerusform>
            <numerusform>%n bewaard, verstuurd zodra de leverancier antwoordt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not booked: %2</source>
        <translation>%1 niet geboekt: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not booked: %1</source>
        <translation>Niet geboekt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That time was just taken by another booking. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Dat tijdstip werd net door een andere boeking ingenomen. Er is niets geboekt en wat u invulde, blijft bewaard: kies hieronder een vrije tijd, of een ander tijdstip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time was just taken at %1. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Dat uur werd net genomen bij %1. Er is niets geboekt en wat u invulde blijft bewaard: kies hieronder een vrij uur, of een ander uur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+49"/>
        <source>Looking for free times…</source>
        <translation>Vrije tijden zoeken…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Free now (click to choose, double-click or Enter to book it):</source>
        <translation>Nu vrij (klik om te kiezen, dubbelklik of Enter om te boeken):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No free time in the next %n days.</source>
        <translation>
            <numerusform>Geen vrije tijd in de komende dag.</numerusform>
            <numerusform>Geen vrije tijd in de komende %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free times could not be found: %1</source>
        <translation>Vrije tijden konden niet gevonden worden: %1</translation>
    </message>
</context>
<context>
    <name>ClaimLayer</name>
    <message>
        <location filename="../../frontdesk/ui/book/claims.py" line="+31"/>
        <source>Being booked at %1</source>
        <translation>Wordt geboekt bij %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked at %1, waiting for the sync agent</source>
        <translation>Geboekt bij %1, wacht op de synchronisatieagent</translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+53"/>
        <source>Overlaps %1 and %n more</source>
        <translation>
            <numerusform>Overlapt met %1 en nog %n andere</numerusform>
            <numerusform>Overlapt met %1 en nog %n andere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps %1</source>
        <translation>Overlapt met %1</translation>
    </message>
</context>
<context>
    <name>ClinicServerDialog</name>
    <message>
        <location filename="../../frontdesk/ui/clinic_server_dialog.py" line="+30"/>
        <source>Clinic server</source>
        <translation>Praktijkserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinic server address</source>
        <translation>Adres van de praktijkserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Wachtwoord van de databank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation>bewaard in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check and save</source>
        <translation>Controleren en bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this computer&apos;s own book</source>
        <translation>De eigen agenda van deze computer gebruiken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1. frontdesk opens the clinic&apos;s book at its next start.</source>
        <translation>Bewaard: %1. frontdesk opent de agenda van de praktijk bij de volgende start.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s own book opens at the next start.</source>
        <translation>De eigen agenda van deze computer opent bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/confirmations_dialog.py" line="+38"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left message</source>
        <translation>Bericht &amp;ingesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Geen antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to &amp;reschedule</source>
        <translation>Vraagt te &amp;verzetten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Laatste oproep</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation calls · %1</source>
        <translation>Bevestigingsoproepen · %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation calls</source>
        <translation>Bevestigingsoproepen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading phone numbers…</source>
        <translation>Telefoonnummers lezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls status</source>
        <translation>Status van de oproepen</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n te bellen</numerusform>
            <numerusform>%n te bellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody to call.</source>
        <translation>Niemand om te bellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the phone numbers: %1</source>
        <translation>Kon de telefoonnummers niet lezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an appointment first.</source>
        <translation>Kies eerst een afspraak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed here only: the vendor has no confirmation.</source>
        <translation>Alleen hier bevestigd: de leverancier kent geen bevestiging.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not record the call: %1</source>
        <translation>Kon de oproep niet noteren: %1</translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+93"/>
        <source>Appointment book</source>
        <translation>Afsprakenagenda</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location line="+453"/>
        <source>Times in %1</source>
        <translation>Tijden in %1</translation>
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
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Gebeld</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> (not sent yet)</source>
        <translation> (nog niet verstuurd)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source> · times in %1</source>
        <translation> · tijden in %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Day sheet · %1</source>
        <translation>Dagblad · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no number on file</source>
        <translation>geen nummer bekend</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Confirmation calls · %1</source>
        <translation>Bevestigingsoproepen · %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printed %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · page %2</source>
        <translation>%1 · pagina %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (continued)</source>
        <translation> (vervolg)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No appointments</source>
        <translation>Geen afspraken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No appointments.</source>
        <translation>Geen afspraken.</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../frontdesk/ui/day_sheet_dialog.py" line="+35"/>
        <location line="+24"/>
        <source>Day sheet</source>
        <translation>Dagblad</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A table per provider (time, patient, phone, service, status and notes), or the confirmation calls to make; exported to PDF or printed.</source>
        <translation>Een tabel per zorgverlener (uur, patiënt, telefoon, dienst, status en notities), of de bevestigingsoproepen die nog moeten gebeuren; als pdf bewaard of afgedrukt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day of the sheet</source>
        <translation>Dag van het dagblad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the sheet</source>
        <translation>Zorgverlener van het dagblad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone shown in the book</source>
        <translation>Iedereen die in de agenda getoond wordt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>Wat afdrukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every appointment, with phone numbers</source>
        <translation>Alle afspraken, met telefoonnummers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation calls</source>
        <translation>Bevestigingsoproepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booked appointments not yet confirmed, with phone numbers</source>
        <translation>De geboekte afspraken die nog niet bevestigd zijn, met telefoonnummers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several providers to a page</source>
        <translation>Meerdere zorgverleners per pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: each provider starts a new page</source>
        <translation>Uit: elke zorgverlener begint op een nieuwe pagina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovider</source>
        <translation>&amp;Zorgverlener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF…</source>
        <translation>Als pdf bewaren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
</context>
<context>
    <name>DaySheetExport</name>
    <message>
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="+123"/>
        <source>Day sheet sent to the printer (%1)</source>
        <translation>Dagblad naar de printer gestuurd (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the day sheet: %1</source>
        <translation>Kon het dagblad niet schrijven: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet written to %1 (%2)</source>
        <translation>Dagblad geschreven naar %1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the day sheet: %1</source>
        <translation>Kon het dagblad niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+122"/>
        <source>Appointment book, week view</source>
        <translation>Afsprakenagenda, weekweergave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment book, day view</source>
        <translation>Afsprakenagenda, dagweergave</translation>
    </message>
</context>
<context>
    <name>DialogGuard</name>
    <message>
        <location filename="../../frontdesk/ui/dialog_guard.py" line="+15"/>
        <source>Discard what you typed?</source>
        <translation>Wat u typte verwerpen?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What you typed in this dialog is not saved yet.</source>
        <translation>Wat u in dit venster typte, is nog niet bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>DomainPlurals</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/domain_text.py" line="+260"/>
        <source>{provider} already has {first} and {second} and %n more: book anyway?</source>
        <translation>
            <numerusform>{provider} heeft al {first} en {second} en nog %n andere: toch boeken?</numerusform>
            <numerusform>{provider} heeft al {first} en {second} en nog %n andere: toch boeken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{provider} already has {first} and {second} and %n more: save anyway?</source>
        <translation>
            <numerusform>{provider} heeft al {first} en {second} en nog %n andere: toch bewaren?</numerusform>
            <numerusform>{provider} heeft al {first} en {second} en nog %n andere: toch bewaren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The waiting writes could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>De wachtende wijzigingen konden niet worden teruggelezen (minstens %n verloren).</numerusform>
            <numerusform>De wachtende wijzigingen konden niet worden teruggelezen (minstens %n verloren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting writes were read back and queued again</source>
        <translation>
            <numerusform>%n wachtende wijziging werd teruggelezen en opnieuw in de wachtrij gezet</numerusform>
            <numerusform>%n wachtende wijzigingen werden teruggelezen en opnieuw in de wachtrij gezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The account settings could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>De accountinstellingen konden niet worden teruggelezen (minstens %n verloren).</numerusform>
            <numerusform>De accountinstellingen konden niet worden teruggelezen (minstens %n verloren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account settings were read back and kept</source>
        <translation>
            <numerusform>%n accountinstelling werd teruggelezen en bewaard</numerusform>
            <numerusform>%n accountinstellingen werden teruggelezen en bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{read}; at least %n could not be read and are lost.</source>
        <translation>
            <numerusform>{read}; minstens %n kon niet worden gelezen en is verloren.</numerusform>
            <numerusform>{read}; minstens %n konden niet worden gelezen en zijn verloren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location line="-253"/>
        <source>{provider} already has {first}: book anyway?</source>
        <translation>{provider} heeft al {first}: toch boeken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first}: save anyway?</source>
        <translation>{provider} heeft al {first}: toch bewaren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first} and {second}: book anyway?</source>
        <translation>{provider} heeft al {first} en {second}: toch boeken?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{provider} already has {first} and {second}: save anyway?</source>
        <translation>{provider} heeft al {first} en {second}: toch bewaren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is not configured</source>
        <translation>dit account is niet ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the clinic server only, which cannot be reached: try again when it is back.</source>
        <translation>Alleen op de server van de praktijk bewaard, die onbereikbaar is: probeer opnieuw wanneer hij terug is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor}&apos;s API cannot do this</source>
        <translation>de API van {vendor} kan dit niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor} refused these credentials ({reason}). Check them and try again.</source>
        <translation>{vendor} weigerde deze aanmeldgegevens ({reason}). Controleer ze en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} cannot be reached at {address} ({reason}).</source>
        <translation>{vendor} is niet bereikbaar op {address} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed: {error}</source>
        <translation>De test mislukte: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: write it like {hint}.</source>
        <translation>Geen datum: schrijf ze als {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the year in full (19{yy} or 20{yy}?).</source>
        <translation>Schrijf het jaar voluit (19{yy} of 20{yy}?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as year-month-day).</source>
        <translation>Er is geen maand {month} (gelezen als jaar-maand-dag).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as month/day).</source>
        <translation>Er is geen maand {month} (gelezen als maand/dag).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as day/month).</source>
        <translation>Er is geen maand {month} (gelezen als dag/maand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} {year} heeft geen dag {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the start time.</source>
        <translation>Typ het beginuur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a time: write it like {hint}.</source>
        <translation>Geen tijdstip: schrijf het als {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour has 60 minutes: {minute} is too many.</source>
        <translation>Een uur heeft 60 minuten: {minute} is te veel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} {half} is not a time.</source>
        <translation>{hour} {half} is geen tijdstip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no hour {hour}.</source>
        <translation>Er is geen uur {hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SyncVet cannot change clients or animals: edit them in the practice&apos;s PIMS</source>
        <translation>SyncVet kan klanten en dieren niet wijzigen: bewerk ze in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet cannot create clients or animals: add them in the practice&apos;s PIMS</source>
        <translation>SyncVet kan geen klanten of dieren aanmaken: voeg ze toe in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: change the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet schrijft alleen boekingen en bevestigingen terug: wijzig de afspraak in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: mark the no-show in the practice&apos;s PIMS</source>
        <translation>SyncVet schrijft alleen boekingen en bevestigingen terug: markeer het niet komen in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: check the patient in from the practice&apos;s PIMS</source>
        <translation>SyncVet schrijft alleen boekingen en bevestigingen terug: meld de patiënt aan in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: cancel the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet schrijft alleen boekingen en bevestigingen terug: annuleer de afspraak in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: move the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet schrijft alleen boekingen en bevestigingen terug: verplaats de afspraak in het praktijksysteem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet has no availability search; frontdesk computes openings from the book</source>
        <translation>SyncVet heeft geen beschikbaarheidszoekopdracht; frontdesk berekent de vrije tijden uit de agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frontdesk does not change PracSuite patient details yet; edit the patient in PracSuite</source>
        <translation>frontdesk wijzigt nog geen patiëntgegevens in PracSuite; bewerk de patiënt in PracSuite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH has no availability search; frontdesk computes openings from the book</source>
        <translation>VISH heeft geen beschikbaarheidszoekopdracht; frontdesk berekent de vrije tijden uit de agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API has no customers resource; the book shows each client&apos;s name from the appointment</source>
        <translation>De API van VISH heeft geen klantenbron; de agenda toont de naam van elke klant uit de afspraak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API exposes no appointment writes</source>
        <translation>De API van VISH laat geen wijzigingen van afspraken toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progenda&apos;s API has no appointment confirmation (Progenda confirms by its own reminders)</source>
        <translation>De API van Progenda kent geen bevestiging van afspraken (Progenda bevestigt via eigen herinneringen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the schedules on screen are read again at each sync</source>
        <translation>De API van Naturaesoft heeft geen wijzigingsfeed; de getoonde planningen worden bij elke synchronisatie opnieuw gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the patient list is read again in full at each sync</source>
        <translation>De API van Naturaesoft heeft geen wijzigingsfeed; de patiëntenlijst wordt bij elke synchronisatie volledig opnieuw gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; change the visit in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen afspraken wijzigen; wijzig het bezoek in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot confirm appointments; confirm the visit in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen afspraken bevestigen; bevestig het bezoek in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot record no-shows; mark it in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan niet-gekomen niet noteren; markeer het in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naturaesoft&apos;s API cannot record arrivals; check the patient in in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen aankomsten noteren; meld de patiënt aan in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot cancel appointments; cancel the visit in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen afspraken annuleren; annuleer het bezoek in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; move the visit in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen afspraken wijzigen; verplaats het bezoek in Naturaesoft zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot create appointments; book in Naturaesoft itself</source>
        <translation>De API van Naturaesoft kan geen afspraken aanmaken; boek in Naturaesoft zelf</translation>
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
        <translation>geboekt voor {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved from {before} to {after}</source>
        <translation>verplaatst van {before} naar {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end changed from {before} to {after}</source>
        <translation>einde gewijzigd van {before} naar {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider changed from {before} to {after}</source>
        <translation>zorgverlener gewijzigd van {before} naar {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service changed from {before} to {after}</source>
        <translation>dienst gewijzigd van {before} naar {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed from {before} to {after}</source>
        <translation>status gewijzigd van {before} naar {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor (sync at {desk}/{user})</source>
        <translation>gezien bij de leverancier (sync op {desk}/{user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {desk}/{user} through frontdesk</source>
        <translation>door {desk}/{user} via frontdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>aangekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fulfilled</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>foutief ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the waitlist</source>
        <translation>op de wachtlijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} was not started: {reason}</source>
        <translation>{account} werd niet gestart: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor}: {message}</source>
        <translation>{vendor}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key} is outside {low}..{high} ({value}); using {used}</source>
        <translation>{account}: optie {key} ligt buiten {low}..{high} ({value}); gebruikt: {used}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default</source>
        <translation>de standaardwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{damaged} {writes} {settings}</source>
        <translation>{damaged} {writes} {settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cache was damaged ({reason}). It was moved aside to {path} and a fresh one was started; the book and the patients are fetched again from the vendors.</source>
        <translation>De lokale cache was beschadigd ({reason}). Hij werd opzij gezet naar {path} en er werd een nieuwe gestart; de agenda en de patiënten worden opnieuw bij de leveranciers opgehaald.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The waiting writes could not be read back from the damaged file.</source>
        <translation>De wachtende wijzigingen konden niet uit het beschadigde bestand worden teruggelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no waiting writes.</source>
        <translation>Er stonden geen wachtende wijzigingen in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 waiting write was read back and queued again</source>
        <translation>1 wachtende wijziging werd teruggelezen en opnieuw in de wachtrij gezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account settings could not be read back from the damaged file.</source>
        <translation>De accountinstellingen konden niet uit het beschadigde bestand worden teruggelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no account settings.</source>
        <translation>Er stonden geen accountinstellingen in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 account setting was read back and kept</source>
        <translation>1 accountinstelling werd teruggelezen en bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}.</source>
        <translation>{read}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}; at least 1 could not be read and is lost.</source>
        <translation>{read}; minstens 1 kon niet worden gelezen en is verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this write is no longer in the outbox</source>
        <translation>deze wijziging staat niet meer in de wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this write is being sent</source>
        <translation>deze wijziging wordt verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account &apos;{account}&apos; is no longer configured</source>
        <translation>het account &apos;{account}&apos; is niet meer ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an earlier write to be sent first</source>
        <translation>wacht tot een eerdere wijziging verzonden is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error stopped this write; it will be retried</source>
        <translation>een onverwachte fout stopte deze wijziging; ze wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account &apos;{account}&apos; is not configured</source>
        <translation>het account &apos;{account}&apos; is niet ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor openings are not asked from a desk in clinic mode (the clinic&apos;s sync agent is the only one that talks to the vendors)</source>
        <translation>een balie in praktijkmodus vraagt geen vrije plaatsen aan de leverancier (alleen de sync-agent van de praktijk praat met de leveranciers)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server cannot be reached: this desk shows its copy</source>
        <translation>de praktijkserver is niet bereikbaar: deze balie toont haar kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the clinic server cannot be reached</source>
        <translation>de praktijkserver is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (and this desk has no copy of the book yet)</source>
        <translation>{reason} (en deze balie heeft nog geen kopie van de agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic server is not a PostgreSQL address (e.g. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</source>
        <translation>de praktijkserver is geen PostgreSQL-adres (bv. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server&apos;s address must not contain the password; frontdesk asks for it and keeps it in this computer&apos;s keyring</source>
        <translation>het adres van de praktijkserver mag het wachtwoord niet bevatten; frontdesk vraagt het en bewaart het in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server {host} is not on this computer: its address needs sslmode=verify-full (or verify-ca, require) so the connection is encrypted</source>
        <translation>de praktijkserver {host} staat niet op deze computer: het adres heeft sslmode=verify-full (of verify-ca, require) nodig zodat de verbinding versleuteld is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no network client to reach the vendor with</source>
        <translation>er is geen netwerkclient om de leverancier te bereiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account {name} is not running</source>
        <translation>het account {name} draait niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translation>geen ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account named {name} (accounts: {known})</source>
        <translation>geen account met de naam {name} (accounts: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account configured; add one with `frontdesk accounts add`</source>
        <translation>geen account ingesteld; voeg er een toe met `frontdesk accounts add`</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account}: the keyring holds no {names} for this account; add it again with `frontdesk accounts add ... --replace`</source>
        <translation>{account}: de sleutelbos bevat geen {names} voor dit account; voeg het opnieuw toe met `frontdesk accounts add ... --replace`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the installer could not be downloaded or did not verify</source>
        <translation>het installatieprogramma kon niet worden gedownload of werd niet geverifieerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the base URL</source>
        <translation>de basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address</source>
        <translation>het serveradres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option {key}</source>
        <translation>optie {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: the base URL</source>
        <translation>{account}: de basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key}</source>
        <translation>{account}: optie {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not a valid URL</source>
        <translation>{what} is geen geldige URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a full address such as https://api.example.com/v1</source>
        <translation>{what} moet een volledig adres zijn, zoals https://api.example.com/v1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} must not contain a user name or password; give credentials with --secret</source>
        <translation>{what} mag geen gebruikersnaam of wachtwoord bevatten; geef de inloggegevens met --secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must not contain &apos;?&apos; or &apos;#&apos; parts</source>
        <translation>{what} mag geen &apos;?&apos;- of &apos;#&apos;-delen bevatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must use https (plain http is only allowed to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>{what} moet https gebruiken (gewone http mag alleen naar deze computer: 127.0.0.1, ::1 of localhost)</translation>
    </message>
</context>
<context>
    <name>EditAppointmentDialog</name>
    <message>
        <location filename="../../frontdesk/ui/edit_appointment_dialog.py" line="+58"/>
        <source>Edit appointment</source>
        <translation>Afspraak bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider</source>
        <translation>De zorgverlener</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 with %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 bij %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(as booked)</source>
        <translation>(zoals geboekt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends at</source>
        <translation>Eindigt om</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notities voor de zorgverlener (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Length</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ends %1</source>
        <translation>eindigt om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic time (%1)</source>
        <translation>Tijd van de praktijk (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the service, length or notes.</source>
        <translation>Wijzig de dienst, de duur of de notities.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>Toch bewaren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The appointment stays as it is.</source>
        <translation>De afspraak blijft zoals ze is.</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../frontdesk/ui/window/go_to_date.py" line="+88"/>
        <source>Go to date</source>
        <translation>Naar datum gaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, e.g. %2, tomorrow, +7</source>
        <translation>%1, bv. %2, +7</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Dates are written %1 here.</source>
        <translation>Datums worden hier geschreven als %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Go</source>
        <translation>Ga</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not a date here (written %1)</source>
        <translation>Geen datum hier (geschreven als %1)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="+132"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Marks in the book&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tekens in de agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A dashed outline: a change saved here, waiting to be sent to the vendor</source>
        <translation>Gestippelde rand: een wijziging die hier bewaard is en nog naar de leverancier moet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey wash: closed time (outside the account&apos;s working hours)</source>
        <translation>Grijze achtergrond: gesloten (buiten de werkuren van de account)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red line: the time now, on each clinic&apos;s own clock</source>
        <translation>Rode lijn: het huidige uur, volgens de klok van elke praktijk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../frontdesk/ui/history_dialog.py" line="+110"/>
        <location line="+9"/>
        <source>Appointment history</source>
        <translation>Geschiedenis van de afspraak</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading the history…</source>
        <translation>De geschiedenis lezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History status</source>
        <translation>Status van de geschiedenis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing recorded yet: changes are kept from this version on.</source>
        <translation>Nog niets genoteerd: wijzigingen worden bijgehouden vanaf deze versie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-97"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sync at %1</source>
        <translation>synchronisatie op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor</source>
        <translation>gezien bij de leverancier</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../frontdesk/ui/language_menu.py" line="+20"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language changes the next time frontdesk starts.</source>
        <translation>De taal verandert bij de volgende start van frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies at the next start</source>
        <translation>Geldt vanaf de volgende start</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../frontdesk/ui/launch.py" line="+56"/>
        <source>Something unexpected went wrong; the last action may not have finished. Details are in the log.</source>
        <translation>Er ging iets onverwachts mis; de laatste handeling is misschien niet afgerond. De details staan in het logboek.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>frontdesk started with a problem worked around</source>
        <translation>frontdesk is gestart met een omzeild probleem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (en nog %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>frontdesk cannot open the accounts</source>
        <translation>frontdesk kan de accounts niet openen</translation>
    </message>
</context>
<context>
    <name>LegendMenu</name>
    <message>
        <location filename="../../frontdesk/ui/legend.py" line="+35"/>
        <source>No service</source>
        <translation>Geen dienst</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Kleuren per dienst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No appointments shown</source>
        <translation>Geen afspraken getoond</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="+131"/>
        <source>frontdesk — demo clinic</source>
        <translation>frontdesk — demopraktijk</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Openings</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Patients and openings</source>
        <translation>Patiënten en vrije tijden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side pane tabs</source>
        <translation>Tabbladen van het zijpaneel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which colour is which service, in the book shown</source>
        <translation>Welke kleur bij welke dienst hoort, in de getoonde agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Kleuren van de diensten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the accounts…</source>
        <translation>De accounts openen…</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+184"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Patients checked in and waiting, with how long</source>
        <translation>Aangemelde patiënten die wachten, en hoe lang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients waiting for an earlier time (kept in frontdesk, not at the vendor)</source>
        <translation>Patiënten die op een vroeger tijdstip wachten (bijgehouden in frontdesk, niet bij de leverancier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinboard</source>
        <translation>Prikbord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments picked up to drop on another day (Pin to move)</source>
        <translation>Afspraken opzijgezet om ze op een andere dag neer te zetten (Vastprikken om te verplaatsen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmation calls…</source>
        <translation>Bevestigingsoproepen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the day&apos;s unconfirmed patients and mark each call</source>
        <translation>De onbevestigde patiënten van de dag bellen en elke oproep noteren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not moved: %1</source>
        <translation>Niet verplaatst: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Nobody on the waitlist fits %1 with %2</source>
        <translation>Niemand op de wachtlijst past op %1 bij %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Here (%1)</source>
        <translation>Hier (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>De laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Fetching the latest from every account…</source>
        <translation>De laatste gegevens van elk account ophalen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked the clinic&apos;s sync agent to refresh</source>
        <translation>De synchronisatieagent van de praktijk werd gevraagd te vernieuwen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 added; fetching its book and patients…</source>
        <translation>%1 toegevoegd; agenda en patiënten worden opgehaald…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not sync: %1</source>
        <translation>Kon niet synchroniseren: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+164"/>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cannot book with %1 from frontdesk: %2</source>
        <translation>Kan niet boeken bij %1 vanuit frontdesk: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New appointment here (%1, %2)</source>
        <translation>Nieuwe afspraak hier (%1, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New blockout…</source>
        <translation>Nieuwe blokkering…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break, meeting or time off: not offered as an opening</source>
        <translation>Een pauze, vergadering of vrije tijd: niet aangeboden als vrije tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From waitlist…</source>
        <translation>Uit de wachtlijst…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiting patients who fit this time, urgent first</source>
        <translation>De wachtende patiënten die op dit tijdstip passen, dringende eerst</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Booked %1</source>
        <translation>Geboekt %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved; it will be sent when the vendor answers (%1)</source>
        <translation>Bewaard; het wordt verstuurd zodra de leverancier antwoordt (%1)</translation>
    </message>
</context>
<context>
    <name>OccurrenceText</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+81"/>
        <source>That time has passed</source>
        <translation>Dat tijdstip is voorbij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed that day</source>
        <translation>Gesloten die dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside opening hours</source>
        <translation>Buiten de openingsuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
</context>
<context>
    <name>OpeningsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models.py" line="+92"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Gevonden door</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vendor search</source>
        <translation>zoekopdracht leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found by the vendor&apos;s own availability search</source>
        <translation>Gevonden door de eigen beschikbaarheidszoekopdracht van de leverancier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed by frontdesk from the cached book and the working hours</source>
        <translation>Berekend door frontdesk uit de agenda in de cache en de werkuren</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>call to book</source>
        <translation>bellen om te boeken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with %2, %3, %4, %5</source>
        <translation>%1 bij %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: times in %2</source>
        <translation>%1: tijden in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the clinic to book it: %1</source>
        <translation>Bel de praktijk om te boeken: %1</translation>
    </message>
</context>
<context>
    <name>OpeningsPane</name>
    <message>
        <location filename="../../frontdesk/ui/openings_pane.py" line="+259"/>
        <location line="+69"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A service several accounts share is searched in all of them; choose &apos;Any service&apos; to search by length</source>
        <translation>Een dienst die meerdere accounts delen, wordt in elk ervan gezocht; kies &apos;Elke dienst&apos; om op duur te zoeken</translation>
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
        <translation>Duur</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Aantal dagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Morning (before 12:00)</source>
        <translation>Voormiddag (voor 12:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afternoon</source>
        <translation>Namiddag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afternoon (12:00 to 17:00)</source>
        <translation>Namiddag (12:00 tot 17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening (from 17:00)</source>
        <translation>Avond (vanaf 17:00)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find openings</source>
        <translation>Vrije tijden zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Openings in the chosen days, earliest first</source>
        <translation>Vrije tijden op de gekozen dagen, vroegste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next available</source>
        <translation>Eerstvolgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earliest opening from today on, in one click</source>
        <translation>De vroegste vrije tijd vanaf vandaag, in één klik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Openings found</source>
        <translation>Gevonden vrije tijden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Any service, by length</source>
        <translation>Elke dienst, op duur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any provider</source>
        <translation>Elke zorgverlener</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any location</source>
        <translation>Elke locatie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one day of the week.</source>
        <translation>Kies minstens één dag van de week.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose morning, afternoon or evening (or several).</source>
        <translation>Kies voormiddag, namiddag of avond (of meerdere).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for the next available time…</source>
        <translation>Volgende vrije tijd zoeken…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n opening(s) left: the others were just taken.</source>
        <translation>
            <numerusform>Nog %n vrije tijd: de andere zijn net ingenomen.</numerusform>
            <numerusform>Nog %n vrije tijden: de andere zijn net ingenomen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every opening listed was just taken. Search again.</source>
        <translation>Alle getoonde vrije tijden zijn net ingenomen. Zoek opnieuw.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next available: %1 with %2. Enter books it.</source>
        <translation>Eerstvolgende: %1 bij %2. Enter boekt ze.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No opening in the next %n days.</source>
        <translation>
            <numerusform>Geen vrije tijd in de komende dag.</numerusform>
            <numerusform>Geen vrije tijd in de komende %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No opening in this range. Try more days or any provider.</source>
        <translation>Geen vrije tijd in deze periode. Probeer meer dagen of elke zorgverlener.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n openings (the first %n shown), earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n vrije tijd (de eerste getoond), vroegste eerst per locatie. Enter boekt de gekozen tijd.</numerusform>
            <numerusform>%n vrije tijden (de eerste %n getoond), vroegste eerst per locatie. Enter boekt de gekozen tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings (the first %n shown), earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n vrije tijd (de eerste getoond), vroegste eerst. Enter boekt de gekozen tijd.</numerusform>
            <numerusform>%n vrije tijden (de eerste %n getoond), vroegste eerst. Enter boekt de gekozen tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings, earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n vrije tijd, vroegste eerst per locatie. Enter boekt de gekozen tijd.</numerusform>
            <numerusform>%n vrije tijden, vroegste eerst per locatie. Enter boekt de gekozen tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n openings, earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n vrije tijd. Enter boekt ze.</numerusform>
            <numerusform>%n vrije tijden, vroegste eerst. Enter boekt de gekozen tijd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not search: %1</source>
        <translation>Zoeken lukte niet: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an opening first</source>
        <translation>Kies eerst een vrije tijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book the selected opening (Enter)</source>
        <translation>De gekozen vrije tijd boeken (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot book this one from frontdesk: %1.</source>
        <translation>Deze kan niet vanuit frontdesk geboekt worden: %1.</translation>
    </message>
</context>
<context>
    <name>PagesText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="-119"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDelegate</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+130"/>
        <source>Owner: %1 · %2</source>
        <translation>Eigenaar: %1 · %2</translation>
    </message>
</context>
<context>
    <name>PatientDetails</name>
    <message>
        <location filename="../../frontdesk/ui/patient_details.py" line="+85"/>
        <location line="+141"/>
        <source>Patient alert</source>
        <translation>Patiëntwaarschuwing</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Alert…</source>
        <translation>Waarschuwing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note shown whenever this patient is booked</source>
        <translation>Een notitie die bij elke afspraak van deze patiënt verschijnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Book an appointment for this patient</source>
        <translation>Een afspraak boeken voor deze patiënt</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Upcoming appointments</source>
        <translation>Geplande afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past appointments</source>
        <translation>Voorbije afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient to see their details and appointments.</source>
        <translation>Kies een patiënt om de gegevens en afspraken te zien.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Change this patient&apos;s details</source>
        <translation>De gegevens van deze patiënt wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Waarschuwing:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shown whenever %1 is booked (empty: no alert):</source>
        <translation>Getoond bij elke afspraak van %1 (leeg: geen waarschuwing):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert was not saved: %1</source>
        <translation>De waarschuwing is niet bewaard: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Owner: %1</source>
        <translation>Eigenaar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Geboren op %1 (%n jaar)</numerusform>
            <numerusform>Geboren op %1 (%n jaar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1</source>
        <translation>Telefoon %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive in the vendor&apos;s system</source>
        <translation>Inactief in het systeem van de leverancier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upcoming (%1)</source>
        <translation>Gepland (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming: none</source>
        <translation>Gepland: geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past (%1, as far back as the cache goes)</source>
        <translation>Voorbij (%1, zo ver als de cache teruggaat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past: none cached</source>
        <translation>Voorbij: geen in de cache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointments could not be read: %1</source>
        <translation>De afspraken konden niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../frontdesk/ui/patient_dialog.py" line="+42"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit patient</source>
        <translation>Patiënt bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create patient</source>
        <translation>Patiënt aanmaken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>In &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>* required. Saved in the vendor&apos;s system, then shown here.</source>
        <translation>* verplicht. Bewaard in het systeem van de leverancier en daarna hier getoond.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — cannot add</source>
        <translation>%1 — toevoegen niet mogelijk</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No account here lets frontdesk add patients (%1).</source>
        <translation>Geen enkele account hier laat frontdesk patiënten toevoegen (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account here lets frontdesk add patients.</source>
        <translation>Geen enkele account hier laat frontdesk patiënten toevoegen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../frontdesk/ui/patient_form.py" line="+122"/>
        <source>The birth date is in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born in %1? Check the year.</source>
        <translation>Geboren in %1? Controleer het jaar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A phone number holds digits, spaces, + - . / ( ) only.</source>
        <translation>Een telefoonnummer bevat alleen cijfers, spaties en + - . / ( ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Een telefoonnummer heeft 6 tot 15 cijfers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not an e-mail address (like name@example.com).</source>
        <translation>Geen e-mailadres (zoals naam@voorbeeld.be).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first name is required.</source>
        <translation>De voornaam is verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name is required.</source>
        <translation>De familienaam is verplicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>De voornaam is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>De familienaam is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first name contains digits.</source>
        <translation>De voornaam bevat cijfers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name contains digits.</source>
        <translation>De familienaam bevat cijfers.</translation>
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+50"/>
        <source>Name, phone or birth date</source>
        <translation>Naam, telefoon of geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A surname, a phone number in any format, or a birth date (dd/mm/yyyy)</source>
        <translation>Een familienaam, een telefoonnummer in eender welk formaat, of een geboortedatum (dd/mm/jjjj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients</source>
        <translation>Patiënten zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Gevonden patiënten</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add a patient in the vendor&apos;s system</source>
        <translation>Een patiënt toevoegen in het systeem van de leverancier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account here lets frontdesk add patients: %1</source>
        <translation>Geen enkel account hier laat frontdesk patiënten toevoegen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a phone number or a birth date.</source>
        <translation>Typ een naam, een telefoonnummer of een geboortedatum.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s) in the cache. Type to search.</source>
        <translation>
            <numerusform>%Ln patiënt in de cache. Typ om te zoeken.</numerusform>
            <numerusform>%Ln patiënten in de cache. Typ om te zoeken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep typing: a phone number is searched from its 4th digit.</source>
        <translation>Typ verder: een telefoonnummer wordt gezocht vanaf het 4e cijfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient matches. Try the surname, a phone number or dd/mm/yyyy.</source>
        <translation>Geen patiënt gevonden. Probeer de familienaam, een telefoonnummer of dd/mm/jjjj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>50+ found</source>
        <translation>50+ gevonden</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The search could not be run: %1</source>
        <translation>De zoekopdracht kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Saved here; it will be sent when the vendor answers (%1).</source>
        <translation>Hier bewaard; het wordt verstuurd zodra de leverancier antwoordt (%1).</translation>
    </message>
</context>
<context>
    <name>PinboardPane</name>
    <message>
        <location filename="../../frontdesk/ui/pinboard_pane.py" line="+172"/>
        <source>Pinboard</source>
        <translation>Prikbord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments picked up to move to another day or time</source>
        <translation>Afspraken opzijgezet om ze naar een andere dag of een ander uur te verplaatsen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show in book</source>
        <translation>Tonen in de agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the day of the selected appointment</source>
        <translation>Naar de dag van de geselecteerde afspraak gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected card off the board (Delete)</source>
        <translation>De geselecteerde kaart van het bord halen (Delete)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the pinboard: %1</source>
        <translation>Het prikbord kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An appointment no longer in the book</source>
        <translation>Een afspraak die niet meer in de agenda staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with %2</source>
        <translation>%1, bij %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is no longer in the book</source>
        <translation>ze staat niet meer in de agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted at the vendor: remove the card</source>
        <translation>Verwijderd bij de leverancier: haal de kaart weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the vendor</source>
        <translation>bij de leverancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at %1</source>
        <translation>aan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elsewhere</source>
        <translation>elders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1: remove the card</source>
        <translation>Geannuleerd %1: haal de kaart weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 since it was pinned</source>
        <translation>Verplaatst %1 sinds ze vastgeprikt werd</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drag an appointment here from the book, or use Pin to move in its menu. Then go to another day and drag the card onto a free time.</source>
        <translation>Sleep hier een afspraak uit de agenda, of gebruik Vastprikken om te verplaatsen in haar menu. Ga dan naar een andere dag en sleep de kaart naar een vrij moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card onto a free time in the book, or select it and click a free time.</source>
        <translation>Sleep een kaart naar een vrij moment in de agenda, of selecteer ze en klik op een vrij moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This one cannot be moved: %1.</source>
        <translation>Deze kan niet verplaatst worden: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a free time in the book to move %1 there.</source>
        <translation>Klik op een vrij moment in de agenda om %1 daarheen te verplaatsen.</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <location filename="../../frontdesk/ui/window/pinning.py" line="+55"/>
        <source>Put the appointment on the pinboard, to drop it on another day</source>
        <translation>De afspraak op het prikbord zetten, om ze op een andere dag neer te zetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin to move</source>
        <translation>Vastprikken om te verplaatsen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pin to move: %1</source>
        <translation>Vastprikken om te verplaatsen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot pin %1: %2</source>
        <translation>%1 kan niet vastgeprikt worden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Pinned %1: go to another day, then drag the card onto a free time</source>
        <translation>%1 vastgeprikt: ga naar een andere dag en sleep de kaart naar een vrij moment</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it is kept in another system</source>
        <translation>ze staat in een ander systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not moved: %1</source>
        <translation>Niet verplaatst: %1</translation>
    </message>
</context>
<context>
    <name>ProviderCount</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/actions.py" line="+97"/>
        <source>%n of %1 providers</source>
        <translation>
            <numerusform>%n/%1 zorgverlener</numerusform>
            <numerusform>%n/%1 zorgverleners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <location filename="../../frontdesk/ui/provider_menu.py" line="+38"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the providers saved as %1</source>
        <translation>De zorgverleners tonen die bewaard zijn als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these providers as a view…</source>
        <translation>Deze zorgverleners als weergave bewaren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a view</source>
        <translation>Een weergave verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show everyone</source>
        <translation>Iedereen tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide everyone</source>
        <translation>Iedereen verbergen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a view</source>
        <translation>Een weergave bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this set of providers (for example, the desk&apos;s name):</source>
        <translation>Naam van deze groep zorgverleners (bijvoorbeeld de naam van de balie):</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reason_dialog.py" line="+25"/>
        <source>Patient cancelled</source>
        <translation>Geannuleerd door de patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient is ill</source>
        <translation>Patiënt is ziek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic cancelled</source>
        <translation>Geannuleerd door de praktijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider unavailable</source>
        <translation>Zorgverlener niet beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by mistake</source>
        <translation>Per vergissing geboekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; annuleren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for cancelling</source>
        <translation>Reden van annulering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>Kies of typ een reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why, so the clinic can report on it.</source>
        <translation>Zeg waarom, zodat de praktijk erover kan rapporteren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason is not kept.</source>
        <translation>De reden wordt niet bewaard.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reauth.py" line="+59"/>
        <source>Sign in again — %1</source>
        <translation>Opnieuw aanmelden — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 no longer accepts the saved credentials for %2.&lt;/b&gt;&lt;br&gt;Enter them again to carry on. Until then the book shows what was last fetched, and changes wait to be sent.</source>
        <translation>&lt;b&gt;%1 aanvaardt de bewaarde aanmeldgegevens voor %2 niet meer.&lt;/b&gt;&lt;br&gt;Vul ze opnieuw in om verder te gaan. Tot dan toont de agenda wat het laatst opgehaald werd, en wachten wijzigingen om verstuurd te worden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking with %1…</source>
        <translation>Controleren bij %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in for this session. They could not be kept in the keyring (%1): you will be asked again.</source>
        <translation>Aangemeld voor deze sessie. De gegevens konden niet in de sleutelbos bewaard worden (%1): ze worden later opnieuw gevraagd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+13"/>
        <source>Reschedule appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Now %4, %5 with %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Nu %4, %5 bij %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time</source>
        <translation>Nieuw uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>&amp;Uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider</source>
        <translation>&amp;Zorgverlener</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a new time or provider.</source>
        <translation>Kies een nieuw tijdstip of een andere zorgverlener.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That time has passed.</source>
        <translation>Dat tijdstip is voorbij.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the same provider: moving it there double-books them.</source>
        <translation>%1 van dezelfde zorgverlener: hierheen verplaatsen geeft een dubbele boeking.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appointment stays where it is.</source>
        <translation>De afspraak blijft waar ze is.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+20"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation>Wordt niet herhaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Om de 2 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 weeks</source>
        <translation>Om de 3 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 4 weeks</source>
        <translation>Om de 4 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same date</source>
        <translation>Maandelijks, op dezelfde datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same weekday (2nd Tuesday)</source>
        <translation>Maandelijks, op dezelfde weekdag (2de dinsdag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the last weekday (last Friday)</source>
        <translation>Maandelijks, op de laatste weekdag (laatste vrijdag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times</source>
        <translation>keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of appointments</source>
        <translation>Aantal afspraken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of the series</source>
        <translation>Laatste dag van de reeks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appointments of the series</source>
        <translation>Afspraken van de reeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>That end date makes more than %1 appointments: choose an earlier date.</source>
        <translation>Die einddatum geeft meer dan %1 afspraken: kies een vroegere datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series ends before its first appointment.</source>
        <translation>De reeks eindigt vóór haar eerste afspraak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This day is not the last of its weekday in the month.</source>
        <translation>Deze dag is niet de laatste van die weekdag in de maand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings make no series.</source>
        <translation>Met deze instellingen ontstaat geen reeks.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Appointment %1 of the series</source>
        <translation>Afspraak %1 van de reeks</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking each appointment…</source>
        <translation>Elke afspraak wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times in %1.</source>
        <translation>Tijden in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need a look (marked ⚠).</source>
        <translation>
            <numerusform>%n na te kijken (gemarkeerd met ⚠).</numerusform>
            <numerusform>%n na te kijken (gemarkeerd met ⚠).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n overgeslagen.</numerusform>
            <numerusform>%n overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out %1: it has no 5th %2.</source>
        <translation>%1 weggelaten: die heeft geen 5de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out %1: it has no day %2.</source>
        <translation>%1 weggelaten: die heeft geen dag %2.</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../frontdesk/ui/series_actions.py" line="+55"/>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1&apos;s appointment of a series?</source>
        <translation>De afspraak van %1 uit een reeks annuleren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Move appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Move %1&apos;s appointment of a series?</source>
        <translation>De afspraak van %1 uit een reeks verplaatsen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change only this appointment, or this one and the following ones too.</source>
        <translation>Alleen deze afspraak wijzigen, of ook de volgende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This appointment only</source>
        <translation>Alleen deze afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following</source>
        <translation>Deze en de volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Move %n appointments by the same shift?</source>
        <translation>
            <numerusform>%n afspraak met dezelfde verschuiving verplaatsen?</numerusform>
            <numerusform>%n afspraken met dezelfde verschuiving verplaatsen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointments cancelled</source>
        <translation>
            <numerusform>%n afspraak geannuleerd</numerusform>
            <numerusform>%n afspraken geannuleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointments moved</source>
        <translation>
            <numerusform>%n afspraak verplaatst</numerusform>
            <numerusform>%n afspraken verplaatst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 not changed: %2</source>
        <translation>%1 niet gewijzigd: %2</translation>
    </message>
</context>
<context>
    <name>ServerLinkLabel</name>
    <message>
        <location filename="../../frontdesk/ui/server_link.py" line="+27"/>
        <source>Clinic server</source>
        <translation>Praktijkserver</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This desk shows its own copy of the book and keeps your changes until the clinic server answers again; then they are handed to the clinic&apos;s sync agent.</source>
        <translation>Deze balie toont haar eigen kopie van de agenda en bewaart uw wijzigingen tot de praktijkserver weer antwoordt; dan worden ze doorgegeven aan de synchronisatieagent van de praktijk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic server unreachable — showing this desk&apos;s copy of the book</source>
        <translation>Praktijkserver onbereikbaar — de kopie van de agenda van deze balie wordt getoond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic server unreachable — showing the book as of %1</source>
        <translation>Praktijkserver onbereikbaar — agenda zoals om %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change kept while the clinic server was away was not accepted: %1</source>
        <translation>Een wijziging die bewaard werd terwijl de praktijkserver weg was, werd niet aanvaard: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/openings_pane.py" line="-450"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/day_sheet.py" line="-181"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n te bellen</numerusform>
            <numerusform>%n te bellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="-108"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SlotHold</name>
    <message>
        <location filename="../../frontdesk/ui/slot_hold.py" line="+53"/>
        <source>Being booked at %1. Choose another time, or wait until it is free.</source>
        <translation>Wordt geboekt bij %1. Kies een ander uur, of wacht tot het vrij is.</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <location filename="../../frontdesk/ui/status_icons.py" line="+25"/>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked: no mark</source>
        <translation>Geboekt: geen teken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the patient: a ring with a tick and a solid outline</source>
        <translation>Bevestigd door de patiënt: een ring met een vinkje en een volle rand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived (checked in): a green disc with a tick</source>
        <translation>Aangekomen (aangemeld): een groene schijf met een vinkje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seen (fulfilled): a grey square with a tick</source>
        <translation>Gezien (afgerond): een grijs vierkant met een vinkje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show: a red disc with a cross; the name is struck through</source>
        <translation>Niet gekomen: een rode schijf met een kruis; de naam is doorgestreept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled (shown on request): a grey ring with a bar</source>
        <translation>Geannuleerd (op vraag getoond): een grijze ring met een streep</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <location filename="../../frontdesk/ui/time_input.py" line="+27"/>
        <source>Type 13:30, 1330, 9h30, 9 or 1:30 pm</source>
        <translation>Typ 13:30, 1330, 9u30, 9 of 1:30 pm</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../frontdesk/ui/update_notice.py" line="+54"/>
        <source>A newer frontdesk is available</source>
        <translation>Er is een nieuwere versie van frontdesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to see what is new and get the installer</source>
        <translation>Klik om te zien wat er nieuw is en het installatieprogramma te halen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Update available</source>
        <translation>Update beschikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontdesk %1 is available (this is %2).</source>
        <translation>frontdesk %1 is beschikbaar (dit is %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Get the installer</source>
        <translation>Installatieprogramma halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models.py" line="+20"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>het niet komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>aangekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen</source>
        <translation>gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be sent</source>
        <translation>wacht om verstuurd te worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>foutief ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>with %1</source>
        <translation>bij %1</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_dialog.py" line="+47"/>
        <location line="+54"/>
        <source>Add to the waitlist</source>
        <translation>Op de wachtlijst zetten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Name, phone, e-mail or date of birth</source>
        <translation>Naam, telefoon, e-mail of geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the patient</source>
        <translation>De patiënt zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients found</source>
        <translation>Gevonden patiënten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>Om het even wanneer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not before</source>
        <translation>Niet vóór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Niet na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Not after” is before “Not before”.</source>
        <translation>“Niet na” ligt vóór “Niet vóór”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent: offered first</source>
        <translation>Dringend: eerst aangeboden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (none: any)</source>
        <translation>Dagen (geen: alle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Moment van de dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Any service</source>
        <translation>Om het even welke dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Elke zorgverlener</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is on the waitlist</source>
        <translation>%1 staat op de wachtlijst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+46"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Zorgverleners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>morning</source>
        <translation>voormiddag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afternoon</source>
        <translation>namiddag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>any day</source>
        <translation>om het even welke dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any service</source>
        <translation>Elke dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any provider</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (urgent)</source>
        <translation>%1 (dringend)</translation>
    </message>
</context>
<context>
    <name>WaitlistOffer</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_offer.py" line="+36"/>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n waiting patient(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n wachtende patiënt past op %1 bij %2</numerusform>
            <numerusform>%n wachtende patiënten passen op %1 bij %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Book this slot for this patient</source>
        <translation>Dit tijdstip voor deze patiënt boeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1</source>
        <translation>%1 boeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no service of this provider fits the slot</source>
        <translation>geen enkele dienst van deze zorgverlener past in dit tijdstip</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the vendor refused the booking</source>
        <translation>de leverancier weigerde de boeking</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked %1 %2</source>
        <translation>%1 geboekt %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not booked: %1</source>
        <translation>Niet geboekt: %1</translation>
    </message>
</context>
<context>
    <name>WaitlistPane</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+21"/>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by service</source>
        <translation>Filteren op dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by provider</source>
        <translation>Filteren op zorgverlener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent only</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any service</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the waitlist: %1</source>
        <translation>Kon de wachtlijst niet lezen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody is waiting for an earlier time.</source>
        <translation>Niemand wacht op een vroeger tijdstip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 waiting, urgent and longest waiting first.</source>
        <translation>%1 van %2 wachtend, dringende en langst wachtende eerst.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../frontdesk/ui/window/actions.py" line="+61"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+284"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+280"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Go to date…</source>
        <translation>Naar datum…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the day to show (d/m or m/d, as the clinic writes)</source>
        <translation>Typ de dag om te tonen (d/m of m/d, zoals de praktijk schrijft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the latest from every account</source>
        <translation>De laatste gegevens van elk account ophalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book an appointment</source>
        <translation>Een afspraak boeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find patient</source>
        <translation>Patiënt zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients by name, phone or birth date</source>
        <translation>Patiënten zoeken op naam, telefoon of geboortedatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find opening</source>
        <translation>Vrije tijd zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the next opening</source>
        <translation>De volgende vrije tijd zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the book</source>
        <translation>Naar de agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard to the appointment book</source>
        <translation>Het toetsenbord naar de agenda brengen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day view: a column per provider</source>
        <translation>Dagweergave: een kolom per zorgverlener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week view: one provider, a column per day</source>
        <translation>Weekweergave: één zorgverlener, een kolom per dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch day/week</source>
        <translation>Wisselen dag/week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch between day and week</source>
        <translation>Wisselen tussen dag en week</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Show cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Show cancelled appointments too</source>
        <translation>Ook geannuleerde afspraken tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by location</source>
        <translation>Groeperen per locatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the providers by location</source>
        <translation>De zorgverleners per locatie groeperen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet (PDF or print)…</source>
        <translation>Dagblad (pdf of afdrukken)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day sheet (one provider or everyone), exported to PDF or printed</source>
        <translation>Een dagblad (één zorgverlener of iedereen), als pdf bewaard of afgedrukt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every shortcut, and what the marks in the book mean</source>
        <translation>Alle sneltoetsen, en wat de tekens in de agenda betekenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close frontdesk</source>
        <translation>frontdesk sluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day shown</source>
        <translation>Getoonde dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>Providers</source>
        <translation>Zorgverleners</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Providers shown</source>
        <translation>Getoonde zorgverleners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the providers shown in the day view</source>
        <translation>De zorgverleners kiezen die in de dagweergave getoond worden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider of the week</source>
        <translation>Zorgverlener van de week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose week is shown</source>
        <translation>Wiens week getoond wordt</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic server…</source>
        <translation>Praktijkserver…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Appointment</source>
        <translation>&amp;Afspraak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show cancelled (%1)</source>
        <translation>Geannuleerd (%1)</translation>
    </message>
</context>
</TS>
