<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
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
    <name>TimeInput</name>
    <message>
        <location filename="../../frontdesk/ui/time_input.py" line="+26"/>
        <source>Type 13:30, 1330, 9h30, 9 or 1:30 pm</source>
        <translation>Tapez 13:30, 1330, 9h30, 9 ou 1:30 pm</translation>
    </message>
</context>
</TS>
