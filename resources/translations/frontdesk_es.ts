<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>DialogGuard</name>
    <message>
        <location filename="../../frontdesk/ui/dialog_guard.py" line="+15"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What you typed in this dialog is not saved yet.</source>
        <translation>Lo que escribió en esta ventana aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../frontdesk/ui/language_menu.py" line="+20"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language changes the next time frontdesk starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie frontdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>LegendMenu</name>
    <message>
        <location filename="../../frontdesk/ui/legend.py" line="+35"/>
        <source>No service</source>
        <translation>Sin servicio</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Colores de los servicios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No appointments shown</source>
        <translation>No se muestran citas</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reason_dialog.py" line="+25"/>
        <source>Patient cancelled</source>
        <translation>Cancelada por el paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient is ill</source>
        <translation>El paciente está enfermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic cancelled</source>
        <translation>Cancelada por la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider unavailable</source>
        <translation>Profesional no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by mistake</source>
        <translation>Reservada por error</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>¿Cancelar &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>Elija o escriba un motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why, so the clinic can report on it.</source>
        <translation>Indique el motivo, para los informes de la clínica.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason is not kept.</source>
        <translation>El motivo no se guarda.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <location filename="../../frontdesk/ui/time_input.py" line="+26"/>
        <source>Type 13:30, 1330, 9h30, 9 or 1:30 pm</source>
        <translation>Escriba 13:30, 1330, 9h30, 9 o 1:30 pm</translation>
    </message>
</context>
</TS>
