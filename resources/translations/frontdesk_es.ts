<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../frontdesk/ui/account_fields.py" line="+19"/>
        <location line="+4"/>
        <source>Gateway API key</source>
        <translation>Clave API de la pasarela</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The integration&apos;s key from PatientNow</source>
        <translation>La clave de la integración, de PatientNow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integration&apos;s key from VISH</source>
        <translation>La clave de la integración, de VISH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API user name</source>
        <translation>Usuario de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user frontdesk signs in as</source>
        <translation>El usuario con el que frontdesk inicia sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API user password</source>
        <translation>Contraseña del usuario de la API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CompanyId</source>
        <translation>CompanyId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this location only</source>
        <translation>Opcional: trabajar solo con este lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrator key (x-api-key)</source>
        <translation>Clave de integrador (x-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From PracSuite&apos;s integration settings</source>
        <translation>De la configuración de integración de PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic key (A-api-key)</source>
        <translation>Clave de la clínica (A-api-key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic&apos;s own key, from PracSuite</source>
        <translation>La clave propia de la clínica, de PracSuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner API key</source>
        <translation>Clave API de socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the Providers scope</source>
        <translation>Requiere el alcance Providers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User e-mail</source>
        <translation>Correo del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Progenda user frontdesk acts as</source>
        <translation>El usuario de Progenda en nombre del que actúa frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user&apos;s API token, from Progenda</source>
        <translation>El token de la API de ese usuario, de Progenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center ID</source>
        <translation>ID del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this center only</source>
        <translation>Opcional: trabajar solo con este centro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice code (PPass)</source>
        <translation>Código de la consulta (PPass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As shown in Naturaesoft&apos;s settings</source>
        <translation>Como aparece en la configuración de Naturaesoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice name</source>
        <translation>Nombre de la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the name shown in frontdesk</source>
        <translation>Opcional: el nombre que se muestra en frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by SyncVet for frontdesk</source>
        <translation>Emitido por SyncVet para frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with the client ID</source>
        <translation>Emitido con el ID de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice ID</source>
        <translation>ID de la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: work with this practice only</source>
        <translation>Opcional: trabajar solo con esta consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Optional, e.g. Europe/Brussels (the clinic&apos;s, when not sent)</source>
        <translation>Opcional, p. ej. Europe/Brussels (si no se envía)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. America/Chicago</source>
        <translation>Opcional, p. ej. America/Chicago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token address</source>
        <translation>Dirección del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Only when SyncVet gives another one</source>
        <translation>Solo si SyncVet da otra</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per day</source>
        <translation>Solicitudes por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frontdesk&apos;s own limit for this account</source>
        <translation>El límite propio de frontdesk para esta cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days kept back</source>
        <translation>Días anteriores guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many past days of the book are fetched</source>
        <translation>Cuántos días pasados de la agenda se obtienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days fetched ahead</source>
        <translation>Días obtenidos por adelantado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead are fetched</source>
        <translation>Cuántos días futuros se obtienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the book and computed openings, e.g. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</source>
        <translation>Para la agenda y los horarios calculados, p. ej. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per request</source>
        <translation>Registros por solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the vendor&apos;s support asks</source>
        <translation>Solo si lo pide el soporte del proveedor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the PatientNow API user. Optionally a CompanyId to work with one location only.</source>
        <translation>La clave API de la pasarela de la integración, y el usuario y la contraseña del usuario de la API de PatientNow. Opcionalmente un CompanyId para trabajar con un solo lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway API key of the integration, and the user name and password of the VISH API user. Optionally a CompanyId to work with one location only.</source>
        <translation>La clave API de la pasarela de la integración, y el usuario y la contraseña del usuario de la API de VISH. Opcionalmente un CompanyId para trabajar con un solo lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integrator&apos;s API key (x-api-key) and the clinic&apos;s key (A-api-key) from PracSuite&apos;s integration settings.</source>
        <translation>La clave API del integrador (x-api-key) y la clave de la clínica (A-api-key), de la configuración de integración de PracSuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address and API token of the Progenda user frontdesk acts as.</source>
        <translation>El correo y el token de la API del usuario de Progenda en nombre del que actúa frontdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice code (PPass) and a partner API key with the Providers scope. The server address is assumed (https://api.naturaesoft.com): ask Naturaesoft.</source>
        <translation>El código de la consulta (PPass) y una clave API de socio con el alcance Providers. Se supone la dirección del servidor (https://api.naturaesoft.com): consulte a Naturaesoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client ID and client secret SyncVet issued for frontdesk; the practice ID limits the account to one practice.</source>
        <translation>El ID de cliente y el secreto de cliente que SyncVet emitió para frontdesk; el ID de la consulta limita la cuenta a una consulta.</translation>
    </message>
</context>
<context>
    <name>AccountStatusStrip</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="+95"/>
        <source>synced %1</source>
        <translation>sincronizada a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>syncing… (last %1)</source>
        <translation>sincronizando… (última a las %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline · as of %1</source>
        <translation>sin conexión · datos de las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>needs login</source>
        <translation>requiere inicio de sesión</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>incomplete · as of %1</source>
        <translation>incompleta · datos de las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>not synced yet</source>
        <translation>aún no sincronizada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes waiting</source>
        <translation>Cambios en espera</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <location line="+8"/>
        <source>%Ln request(s) left today</source>
        <translation>
            <numerusform>%Ln solicitud restante hoy</numerusform>
            <numerusform>%Ln solicitudes restantes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <location line="+7"/>
        <source>%n write(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next try at %1</source>
        <translation>Próximo intento a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(click for every account)</source>
        <translation>(haga clic para ver todas las cuentas)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) saved here, waiting to be sent</source>
        <translation>
            <numerusform>%n cambio guardado aquí, en espera de envío</numerusform>
            <numerusform>%n cambios guardados aquí, en espera de envío</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has reached its vendor</source>
        <translation>Cada cambio llegó a su proveedor</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n write(s) waiting in all</source>
        <translation>
            <numerusform>%n cambio en espera en total</numerusform>
            <numerusform>%n cambios en espera en total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change has been sent.</source>
        <translation>Se enviaron todos los cambios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing %1/%2</source>
        <translation>Sincronizando %1/%2</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/accounts_dialog.py" line="+50"/>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>guardado en el llavero — déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Agregar cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+541"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+261"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the front desk calls it, e.g. Brussels clinic</source>
        <translation>Cómo la llama la recepción, p. ej. Clínica Miami</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+276"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save without testing</source>
        <translation>Guardar sin probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose an account, or add one.</source>
        <translation>Elija una cuenta o agregue una.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (not in this version)</source>
        <translation>%1 (no está en esta versión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not running yet</source>
        <translation>aún no está activa</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown vendor &apos;%1&apos; (not in this version)</source>
        <translation>proveedor desconocido «%1» (no está en esta versión)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To rename, add the account again under the new name</source>
        <translation>Para cambiar el nombre, agregue de nuevo la cuenta con el nombre nuevo</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Leave empty for the vendor&apos;s usual address</source>
        <translation>Déjelo vacío para usar la dirección habitual del proveedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The account&apos;s settings are not saved.</source>
        <translation>La configuración de la cuenta no está guardada.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the account a name.</source>
        <translation>Póngale un nombre a la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with this name exists already.</source>
        <translation>Ya existe una cuenta con este nombre.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ Connected: %1 accepted these settings.</source>
        <translation>✓ Conectado: %1 aceptó esta configuración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✗ %1 Nothing was saved.</source>
        <translation>✗ %1 No se guardó nada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+33"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved. The secrets are in the keyring.</source>
        <translation>Guardado. Los secretos están en el llavero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The secrets are in the keyring. frontdesk starts syncing this account at its next start.</source>
        <translation>Guardado. Los secretos están en el llavero. frontdesk sincronizará esta cuenta en su próximo inicio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1? Its settings, its cached data and its secrets in the keyring are deleted. Nothing changes in %2 itself.</source>
        <translation>¿Quitar %1? Se borran su configuración, sus datos en caché y sus secretos del llavero. Nada cambia en %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 was removed.</source>
        <translation>Se quitó %1.</translation>
    </message>
</context>
<context>
    <name>AccountsPopover</name>
    <message>
        <location filename="../../frontdesk/ui/status_bar.py" line="-175"/>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>AgentHealth</name>
    <message>
        <location filename="../../frontdesk/ui/agent_health.py" line="+28"/>
        <source>Sync agent: never seen</source>
        <translation>Agente de sincronización: nunca visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync agent has run on the clinic server yet.</source>
        <translation>Todavía no se ejecutó ningún agente de sincronización en el servidor de la clínica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync agent: alive</source>
        <translation>Agente de sincronización: activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync agent: not seen for %1 min</source>
        <translation>Agente de sincronización: sin noticias hace %1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: last sync %2</source>
        <translation>%1: última sincronización %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 requests left today</source>
        <translation>, %1 solicitudes restantes hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is configured on the clinic server.</source>
        <translation>No hay ninguna cuenta configurada en el servidor de la clínica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync agent: …</source>
        <translation>Agente de sincronización: …</translation>
    </message>
</context>
<context>
    <name>AgentHealthLabel</name>
    <message>
        <location line="+2"/>
        <source>Clinic sync agent</source>
        <translation>Agente de sincronización de la clínica</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sync agent: clinic server not reachable</source>
        <translation>Agente de sincronización: no se puede contactar al servidor de la clínica</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../frontdesk/ui/appointment_actions.py" line="+66"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient confirmed they will come</source>
        <translation>El paciente confirmó que vendrá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient has arrived</source>
        <translation>El paciente llegó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient did not come</source>
        <translation>El paciente no vino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as a no-show</source>
        <translation>marcado como ausente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel appointment…</source>
        <translation>Cancelar la cita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the appointment, with a reason</source>
        <translation>Cancelar la cita, con un motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reschedule…</source>
        <translation>Cambiar hora…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to another day, time or provider (or drag it in the book)</source>
        <translation>Mover a otro día, hora o profesional (o arrastrarla en la agenda)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit appointment…</source>
        <translation>Editar la cita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the service, length or notes</source>
        <translation>Cambiar el servicio, la duración o las notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open patient</source>
        <translation>Abrir paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the patient in the Patients pane</source>
        <translation>Mostrar al paciente en el panel Pacientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened to the appointment: moves, changes, status, by whom</source>
        <translation>Qué le pasó a la cita: cambios de hora, modificaciones, estado, quién</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is cancelled</source>
        <translation>está cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was entered in error</source>
        <translation>se ingresó por error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the visit is over</source>
        <translation>la visita terminó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the booking has not reached the vendor yet</source>
        <translation>la reserva aún no llegó al proveedor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no patient is attached to this appointment</source>
        <translation>no hay ningún paciente asociado a esta cita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only a booked appointment can be confirmed</source>
        <translation>solo se puede confirmar una cita reservada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is already confirmed</source>
        <translation>ya está confirmada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient is already checked in</source>
        <translation>la llegada del paciente ya está registrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is already marked as a no-show</source>
        <translation>ya está marcada como ausente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient has arrived</source>
        <translation>el paciente llegó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patient did not come; book a new appointment instead</source>
        <translation>el paciente no vino; reserve una cita nueva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confirmation</source>
        <translation>la confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>el registro de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>la ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancellation</source>
        <translation>la cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>el cambio de hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>la modificación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo %1 of %2</source>
        <translation>Deshacer %1 de %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+270"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>select an appointment first</source>
        <translation>primero seleccione una cita</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The appointment has not started yet (it starts at %1).</source>
        <translation>La cita aún no empezó (empieza a las %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appointment is at %1, %2 from now.</source>
        <translation>La cita es a las %1, dentro de %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as a no-show: %1?</source>
        <translation>¿Marcar como ausente: %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in: %1?</source>
        <translation>¿Registrar la llegada: %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as a no-show now</source>
        <translation>Marcar como ausente ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in now</source>
        <translation>Registrar la llegada ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: saved, and will be sent when the vendor answers (%2)</source>
        <translation>%1: guardado; se enviará cuando el proveedor responda (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change was not made.</source>
        <translation>No se hizo el cambio.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Cannot move %1: %2</source>
        <translation>No se puede mover a %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot move %1: that time has passed</source>
        <translation>No se puede mover a %1: esa hora ya pasó</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move appointment</source>
        <translation>Mover la cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to %2 with %3?</source>
        <translation>¿Mover a %1 al %2 con %3?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this double-books the provider.</source>
        <translation>%1: el profesional quedaría con dos citas a la vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 taken back (it had not been sent)</source>
        <translation>%1: se deshizo %2 (no se había enviado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the appointment is no longer in the book</source>
        <translation>%1: la cita ya no está en la agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cancellation reached %1, which cannot take a cancellation back. Book %2 again for %3 if the time is still free.</source>
        <translation>La cancelación llegó a %1, que no puede deshacer una cancelación. Vuelva a reservar a %2 para el %3 si la hora sigue libre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: there is no %2 to take back any more</source>
        <translation>%1: ya no hay %2 que deshacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 reached %2, and it cannot be taken back from frontdesk (%3). Change it in %2 itself.</source>
        <translation>%1 llegó a %2 y no se puede deshacer desde frontdesk (%3). Cámbielo en %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 taken back</source>
        <translation>%1: se deshizo %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: taking back the %2 is saved, and will be sent when the vendor answers (%3)</source>
        <translation>%1: deshacer %2 quedó guardado y se enviará cuando el proveedor responda (%3)</translation>
    </message>
</context>
<context>
    <name>ArrivalsPane</name>
    <message>
        <location filename="../../frontdesk/ui/arrivals_pane.py" line="+41"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the connected vendors&apos; APIs can record a visit as over; mark it in the vendor&apos;s own software (the list follows when it syncs)</source>
        <translation>Ninguna API de los proveedores conectados puede cerrar una visita; márquela en el propio software del proveedor (la lista se actualiza al sincronizar)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Patients here</source>
        <translation>Pacientes presentes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody has checked in yet today.</source>
        <translation>Nadie se ha registrado todavía hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patient is taken as seen half an hour after the booked end (no vendor here records check-out).</source>
        <translation>Se considera atendido a un paciente media hora después del fin reservado (ningún proveedor aquí registra la salida).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seen (check out)</source>
        <translation>Atendido (salida)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not read who is here: %1</source>
        <translation>No se pudo leer quién está aquí: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, %2
Booked %3 %4 with %5 (%6%7)
%8</source>
        <translation>%1, %2
Reservada %3 %4 con %5 (%6%7)
%8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrived %1</source>
        <translation>Llegó a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival time not known</source>
        <translation>Hora de llegada desconocida</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s) checked in and waiting, longest first.</source>
        <translation>
            <numerusform>%n paciente registrado y en espera.</numerusform>
            <numerusform>%n pacientes registrados y en espera, el de mayor espera primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting: no patient is checked in and not yet seen.</source>
        <translation>Nadie espera: no hay pacientes registrados sin atender.</translation>
    </message>
</context>
<context>
    <name>BlockoutDialog</name>
    <message>
        <location filename="../../frontdesk/ui/blockout_dialog.py" line="+51"/>
        <source>New blockout</source>
        <translation>Nuevo bloqueo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every provider of the account</source>
        <translation>Todos los profesionales de la cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Lunch, Team meeting</source>
        <translation>p. ej. Almuerzo, Reunión de equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until</source>
        <translation>Cada semana hasta el</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at</source>
        <translation>%1 a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored at %1 too, as an appointment with no patient; times in %2.</source>
        <translation>También se guarda en %1, como una cita sin paciente; horas en %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in frontdesk (not sent to the vendor); times in %1.</source>
        <translation>Se guarda en frontdesk (no se envía al proveedor); horas en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add blockout</source>
        <translation>Agregar bloqueo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 blocked: %2</source>
        <translation>%1 bloqueado: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added: %1</source>
        <translation>No se agregó: %1</translation>
    </message>
</context>
<context>
    <name>Blockouts</name>
    <message>
        <location filename="../../frontdesk/ui/book/blockouts.py" line="+44"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) for every provider</source>
        <translation>%1 (%2) para todos los profesionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) for this provider</source>
        <translation>%1 (%2) para este profesional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, weekly until %1</source>
        <translation>, cada semana hasta el %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not offered as an opening; %1</source>
        <translation>No se ofrece como horario libre; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored at %1</source>
        <translation>guardado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be stored at %1</source>
        <translation>esperando a guardarse en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on this desk: %1 refused it (%2)</source>
        <translation>se guarda en este puesto: %1 lo rechazó (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept on this desk</source>
        <translation>se guarda en este puesto</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <location filename="../../frontdesk/ui/window/book_controller.py" line="+221"/>
        <source>Saved the providers shown as the view %1</source>
        <translation>Se guardaron los profesionales mostrados como la vista %1</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Showing the %n providers of %1; choose others (or save a view) under Providers</source>
        <translation>
            <numerusform>Se muestra el profesional de %1; elija otros (o guarde una vista) en Profesionales</numerusform>
            <numerusform>Se muestran los %n profesionales de %1; elija otros (o guarde una vista) en Profesionales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The book could not be read: %1</source>
        <translation>No se pudo leer la agenda: %1</translation>
    </message>
</context>
<context>
    <name>BookCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/book/text.py" line="+54"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPainting</name>
    <message>
        <location filename="../../frontdesk/ui/book/painting.py" line="+387"/>
        <source>another system</source>
        <translation>otro sistema</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No location</source>
        <translation>Sin lugar</translation>
    </message>
</context>
<context>
    <name>BookRules</name>
    <message>
        <location filename="../../frontdesk/ui/book/rules.py" line="+30"/>
        <source>%1 does not offer %2</source>
        <translation>%1 no ofrece %2</translation>
    </message>
</context>
<context>
    <name>BookText</name>
    <message>
        <location filename="../../frontdesk/ui/book/text.py" line="-27"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, not booked</source>
        <translation>Retenida, sin reservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error</source>
        <translation>Ingresada por error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left message</source>
        <translation>se dejó un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to reschedule</source>
        <translation>pidió cambiar la hora</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Call: %1 (%2, %3/%4)</source>
        <translation>Llamada: %1 (%2, %3/%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Alert: %1</source>
        <translation>⚠ Alerta: %1</translation>
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
        <translation>, en espera de envío</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>, call: %1</source>
        <translation>, llamada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, alert: %1</source>
        <translation>, alerta: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2 to %3%4, %5, %6, %7</source>
        <translation>%1, de %2 a %3%4, %5, %6, %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>times in %1</source>
        <translation>horas en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of %2, column %3</source>
        <translation>fila %1 de %2, columna %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · waiting to be sent</source>
        <translation> · en espera de envío</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Part of a weekly series (%1 of %2)</source>
        <translation>Parte de una serie semanal (%1 de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a monthly series (%1 of %2)</source>
        <translation>Parte de una serie mensual (%1 de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a daily series (%1 of %2)</source>
        <translation>Parte de una serie diaria (%1 de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of a series every %1 weeks (%2 of %3)</source>
        <translation>Parte de una serie cada %1 semanas (%2 de %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 months (%2 of %3)</source>
        <translation>Parte de una serie cada %1 meses (%2 de %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series every %1 days (%2 of %3)</source>
        <translation>Parte de una serie cada %1 días (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../frontdesk/ui/booking_dialog.py" line="+117"/>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search: name, phone or birth date</source>
        <translation>Nombre, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the patient in the vendor&apos;s system, then book</source>
        <translation>Agregar al paciente en el sistema del proveedor y luego reservar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching patients</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient alert</source>
        <translation>Alerta del paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free times…</source>
        <translation>Horarios libres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the free times for this service from the chosen day</source>
        <translation>Mostrar los horarios libres de este servicio a partir del día elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notas para el profesional (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Free times now</source>
        <translation>Horarios libres ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+550"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 min · %3</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing is booked yet.</source>
        <translation>Todavía no se reservó nada.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clinic time (%1)</source>
        <translation>Hora de la clínica (%1)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Alerta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patient chosen yet.</source>
        <translation>Aún no se eligió un paciente.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose the patient: search by name, phone or birth date, then click the result.</source>
        <translation>Elija al paciente: busque por nombre, teléfono o fecha de nacimiento y haga clic en el resultado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service.</source>
        <translation>Elija un servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be booked from frontdesk: %2.</source>
        <translation>%1 no se puede reservar desde frontdesk: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a patient of the places where this service is offered: %2 refuses to book them there. Choose another service.</source>
        <translation>%1 no es paciente de los lugares donde se ofrece este servicio: %2 no acepta la cita allí. Elija otro servicio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No provider offers this service.</source>
        <translation>Ningún profesional ofrece este servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This patient is in %1; the service belongs to %2. Choose a service of the patient&apos;s account.</source>
        <translation>Este paciente está en %1; el servicio pertenece a %2. Elija un servicio de la cuenta del paciente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Esa hora ya pasó. Elija una hora futura.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+57"/>
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>Book %n appointments</source>
        <translation>
            <numerusform>Reservar %n cita</numerusform>
            <numerusform>Reservar %n citas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Series booked: %n appointments.</source>
        <translation>
            <numerusform>Serie reservada: %n cita.</numerusform>
            <numerusform>Serie reservada: %n citas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n saved, to be sent when the vendor answers.</source>
        <translation>
            <numerusform>%n guardada, se enviará cuando el proveedor responda.</numerusform>
            <numerusform>%n guardadas, se enviarán cuando el proveedor responda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not booked: %2</source>
        <translation>%1 sin reservar: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not booked: %1</source>
        <translation>No se reservó: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That time was just taken by another booking. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Otra reserva acaba de ocupar esa hora. No se reservó nada y se conserva lo que escribió: elija uno de los horarios libres de abajo u otra hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time was just taken at %1. Nothing was booked and what you entered is kept: choose one of the free times below, or another time.</source>
        <translation>Esa hora se acaba de tomar en %1. No se reservó nada y lo que ingresó se conserva: elija una de las horas libres de abajo u otra hora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+49"/>
        <source>Looking for free times…</source>
        <translation>Buscando horarios libres…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Free now (click to choose, double-click or Enter to book it):</source>
        <translation>Libre ahora (haga clic para elegir; doble clic o Enter para reservar):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No free time in the next %n days.</source>
        <translation>
            <numerusform>No hay horarios libres en el próximo día.</numerusform>
            <numerusform>No hay horarios libres en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free times could not be found: %1</source>
        <translation>No se pudieron encontrar horarios libres: %1</translation>
    </message>
</context>
<context>
    <name>ClaimLayer</name>
    <message>
        <location filename="../../frontdesk/ui/book/claims.py" line="+31"/>
        <source>Being booked at %1</source>
        <translation>Se está reservando en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked at %1, waiting for the sync agent</source>
        <translation>Reservada en %1, esperando al agente de sincronización</translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+53"/>
        <source>Overlaps %1 and %n more</source>
        <translation>
            <numerusform>Se superpone con %1 y %n más</numerusform>
            <numerusform>Se superpone con %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps %1</source>
        <translation>Se superpone con %1</translation>
    </message>
</context>
<context>
    <name>ClinicServerDialog</name>
    <message>
        <location filename="../../frontdesk/ui/clinic_server_dialog.py" line="+30"/>
        <source>Clinic server</source>
        <translation>Servidor de la clínica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinic server address</source>
        <translation>Dirección del servidor de la clínica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation>se guarda en el llavero de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check and save</source>
        <translation>Comprobar y guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this computer&apos;s own book</source>
        <translation>Usar la agenda propia de esta computadora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1. frontdesk opens the clinic&apos;s book at its next start.</source>
        <translation>Guardado: %1. frontdesk abrirá la agenda de la clínica en su próximo inicio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s own book opens at the next start.</source>
        <translation>La agenda propia de esta computadora se abrirá en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/confirmations_dialog.py" line="+38"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left message</source>
        <translation>Se &amp;dejó un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>Sin &amp;respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to &amp;reschedule</source>
        <translation>Pidió &amp;cambiar la hora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation calls · %1</source>
        <translation>Llamadas de confirmación · %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation calls</source>
        <translation>Llamadas de confirmación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading phone numbers…</source>
        <translation>Leyendo los números de teléfono…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls status</source>
        <translation>Estado de las llamadas</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n por llamar</numerusform>
            <numerusform>%n por llamar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody to call.</source>
        <translation>Nadie a quien llamar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the phone numbers: %1</source>
        <translation>No se pudieron leer los números de teléfono: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an appointment first.</source>
        <translation>Primero elija una cita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed here only: the vendor has no confirmation.</source>
        <translation>Confirmada solo aquí: el proveedor no tiene confirmación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not record the call: %1</source>
        <translation>No se pudo anotar la llamada: %1</translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+93"/>
        <source>Appointment book</source>
        <translation>Agenda de citas</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location line="+453"/>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../../frontdesk/ui/day_sheet.py" line="+42"/>
        <location line="+9"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> (not sent yet)</source>
        <translation> (aún sin enviar)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source> · times in %1</source>
        <translation> · horas en %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Day sheet · %1</source>
        <translation>Hoja del día · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no number on file</source>
        <translation>sin número registrado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Confirmation calls · %1</source>
        <translation>Llamadas de confirmación · %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · page %2</source>
        <translation>%1 · página %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (continued)</source>
        <translation> (continuación)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No appointments</source>
        <translation>Sin citas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No appointments.</source>
        <translation>Sin citas.</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../frontdesk/ui/day_sheet_dialog.py" line="+35"/>
        <location line="+24"/>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A table per provider (time, patient, phone, service, status and notes), or the confirmation calls to make; exported to PDF or printed.</source>
        <translation>Una tabla por profesional (hora, paciente, teléfono, servicio, estado y notas), o las llamadas de confirmación pendientes; exportada a PDF o impresa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day of the sheet</source>
        <translation>Día de la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the sheet</source>
        <translation>Profesional de la hoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone shown in the book</source>
        <translation>Todos los que se muestran en la agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every appointment, with phone numbers</source>
        <translation>Todas las citas, con los números de teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation calls</source>
        <translation>Llamadas de confirmación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booked appointments not yet confirmed, with phone numbers</source>
        <translation>Las citas reservadas aún sin confirmar, con los números de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several providers to a page</source>
        <translation>Varios profesionales por página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: each provider starts a new page</source>
        <translation>Desactivado: cada profesional empieza una página nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovider</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>DaySheetExport</name>
    <message>
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="+123"/>
        <source>Day sheet sent to the printer (%1)</source>
        <translation>Hoja del día enviada a la impresora (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the day sheet: %1</source>
        <translation>No se pudo escribir la hoja del día: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet written to %1 (%2)</source>
        <translation>Hoja del día escrita en %1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the day sheet: %1</source>
        <translation>No se pudo leer la hoja del día: %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../frontdesk/ui/book/view.py" line="+122"/>
        <source>Appointment book, week view</source>
        <translation>Agenda de citas, vista de la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment book, day view</source>
        <translation>Agenda de citas, vista del día</translation>
    </message>
</context>
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
    <name>DomainPlurals</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/domain_text.py" line="+260"/>
        <source>{provider} already has {first} and {second} and %n more: book anyway?</source>
        <translation>
            <numerusform>{provider} ya tiene {first} y {second} y %n más: ¿reservar de todos modos?</numerusform>
            <numerusform>{provider} ya tiene {first} y {second} y %n más: ¿reservar de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{provider} already has {first} and {second} and %n more: save anyway?</source>
        <translation>
            <numerusform>{provider} ya tiene {first} y {second} y %n más: ¿guardar de todos modos?</numerusform>
            <numerusform>{provider} ya tiene {first} y {second} y %n más: ¿guardar de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The waiting writes could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>Los cambios pendientes no se pudieron recuperar (al menos %n perdido).</numerusform>
            <numerusform>Los cambios pendientes no se pudieron recuperar (al menos %n perdidos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting writes were read back and queued again</source>
        <translation>
            <numerusform>%n cambio pendiente se recuperó y volvió a la cola</numerusform>
            <numerusform>%n cambios pendientes se recuperaron y volvieron a la cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The account settings could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>La configuración de las cuentas no se pudo recuperar (al menos %n perdida).</numerusform>
            <numerusform>La configuración de las cuentas no se pudo recuperar (al menos %n perdidas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account settings were read back and kept</source>
        <translation>
            <numerusform>%n configuración de cuenta se recuperó y se conservó</numerusform>
            <numerusform>%n configuraciones de cuenta se recuperaron y se conservaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{read}; at least %n could not be read and are lost.</source>
        <translation>
            <numerusform>{read}; al menos %n no se pudo leer y se perdió.</numerusform>
            <numerusform>{read}; al menos %n no se pudieron leer y se perdieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location line="-253"/>
        <source>{provider} already has {first}: book anyway?</source>
        <translation>{provider} ya tiene {first}: ¿reservar de todos modos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first}: save anyway?</source>
        <translation>{provider} ya tiene {first}: ¿guardar de todos modos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{provider} already has {first} and {second}: book anyway?</source>
        <translation>{provider} ya tiene {first} y {second}: ¿reservar de todos modos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{provider} already has {first} and {second}: save anyway?</source>
        <translation>{provider} ya tiene {first} y {second}: ¿guardar de todos modos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is not configured</source>
        <translation>esta cuenta no está configurada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the clinic server only, which cannot be reached: try again when it is back.</source>
        <translation>Se guarda solo en el servidor de la clínica, que no responde: vuelva a intentarlo cuando esté disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor}&apos;s API cannot do this</source>
        <translation>la API de {vendor} no permite esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor} refused these credentials ({reason}). Check them and try again.</source>
        <translation>{vendor} rechazó estas credenciales ({reason}). Revíselas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} cannot be reached at {address} ({reason}).</source>
        <translation>No se puede contactar a {vendor} en {address} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed: {error}</source>
        <translation>La prueba falló: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: write it like {hint}.</source>
        <translation>No es una fecha: escríbala como {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the year in full (19{yy} or 20{yy}?).</source>
        <translation>Escriba el año completo (¿19{yy} o 20{yy}?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as year-month-day).</source>
        <translation>No existe el mes {month} (leído como año-mes-día).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as month/day).</source>
        <translation>No existe el mes {month} (leído como mes/día).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no month {month} (read as day/month).</source>
        <translation>No existe el mes {month} (leído como día/mes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} de {year} no tiene día {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the start time.</source>
        <translation>Escriba la hora de inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a time: write it like {hint}.</source>
        <translation>No es una hora: escríbala como {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour has 60 minutes: {minute} is too many.</source>
        <translation>Una hora tiene 60 minutos: {minute} son demasiados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} {half} is not a time.</source>
        <translation>{hour} {half} no es una hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no hour {hour}.</source>
        <translation>No existe la hora {hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SyncVet cannot change clients or animals: edit them in the practice&apos;s PIMS</source>
        <translation>SyncVet no puede cambiar clientes ni animales: edítelos en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet cannot create clients or animals: add them in the practice&apos;s PIMS</source>
        <translation>SyncVet no puede crear clientes ni animales: agréguelos en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: change the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet solo escribe reservas y confirmaciones: cambie la cita en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: mark the no-show in the practice&apos;s PIMS</source>
        <translation>SyncVet solo escribe reservas y confirmaciones: marque la ausencia en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: check the patient in from the practice&apos;s PIMS</source>
        <translation>SyncVet solo escribe reservas y confirmaciones: registre la llegada en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: cancel the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet solo escribe reservas y confirmaciones: cancele la cita en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet&apos;s writeback covers booking and confirmation only: move the appointment in the practice&apos;s PIMS</source>
        <translation>SyncVet solo escribe reservas y confirmaciones: mueva la cita en el sistema de la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SyncVet has no availability search; frontdesk computes openings from the book</source>
        <translation>SyncVet no tiene búsqueda de disponibilidad; frontdesk calcula los horarios libres a partir de la agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frontdesk does not change PracSuite patient details yet; edit the patient in PracSuite</source>
        <translation>frontdesk aún no cambia los datos de pacientes de PracSuite; edite al paciente en PracSuite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH has no availability search; frontdesk computes openings from the book</source>
        <translation>VISH no tiene búsqueda de disponibilidad; frontdesk calcula los horarios libres a partir de la agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API has no customers resource; the book shows each client&apos;s name from the appointment</source>
        <translation>La API de VISH no tiene recurso de clientes; la agenda muestra el nombre de cada cliente a partir de la cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VISH&apos;s API exposes no appointment writes</source>
        <translation>La API de VISH no permite escribir citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progenda&apos;s API has no appointment confirmation (Progenda confirms by its own reminders)</source>
        <translation>La API de Progenda no tiene confirmación de citas (Progenda confirma con sus propios recordatorios)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the schedules on screen are read again at each sync</source>
        <translation>La API de Naturaesoft no tiene flujo de cambios; los horarios en pantalla se vuelven a leer en cada sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API has no change feed; the patient list is read again in full at each sync</source>
        <translation>La API de Naturaesoft no tiene flujo de cambios; la lista de pacientes se vuelve a leer completa en cada sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; change the visit in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede cambiar citas; cambie la visita en Naturaesoft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot confirm appointments; confirm the visit in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede confirmar citas; confirme la visita en Naturaesoft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot record no-shows; mark it in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede registrar ausencias; márquela en Naturaesoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naturaesoft&apos;s API cannot record arrivals; check the patient in in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede registrar llegadas; registre la llegada en Naturaesoft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot cancel appointments; cancel the visit in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede cancelar citas; cancele la visita en Naturaesoft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot change appointments; move the visit in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede cambiar citas; mueva la visita en Naturaesoft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naturaesoft&apos;s API cannot create appointments; book in Naturaesoft itself</source>
        <translation>La API de Naturaesoft no puede crear citas; reserve en Naturaesoft</translation>
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
        <translation>reservada para el {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved from {before} to {after}</source>
        <translation>movida de {before} a {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end changed from {before} to {after}</source>
        <translation>fin cambiado de {before} a {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider changed from {before} to {after}</source>
        <translation>profesional cambiado de {before} a {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service changed from {before} to {after}</source>
        <translation>servicio cambiado de {before} a {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed from {before} to {after}</source>
        <translation>estado cambiado de {before} a {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor (sync at {desk}/{user})</source>
        <translation>visto en el proveedor (sincronización en {desk}/{user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {desk}/{user} through frontdesk</source>
        <translation>por {desk}/{user} desde frontdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fulfilled</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>ingresada por error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the waitlist</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} was not started: {reason}</source>
        <translation>{account} no se inició: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vendor}: {message}</source>
        <translation>{vendor}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key} is outside {low}..{high} ({value}); using {used}</source>
        <translation>{account}: la opción {key} está fuera de {low}..{high} ({value}); se usa {used}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default</source>
        <translation>el valor predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{damaged} {writes} {settings}</source>
        <translation>{damaged} {writes} {settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cache was damaged ({reason}). It was moved aside to {path} and a fresh one was started; the book and the patients are fetched again from the vendors.</source>
        <translation>La caché local estaba dañada ({reason}). Se apartó en {path} y se empezó una nueva; la agenda y los pacientes se vuelven a descargar de los proveedores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The waiting writes could not be read back from the damaged file.</source>
        <translation>Los cambios pendientes no se pudieron recuperar del archivo dañado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no waiting writes.</source>
        <translation>No contenía cambios pendientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 waiting write was read back and queued again</source>
        <translation>1 cambio pendiente se recuperó y volvió a la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account settings could not be read back from the damaged file.</source>
        <translation>La configuración de las cuentas no se pudo recuperar del archivo dañado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It held no account settings.</source>
        <translation>No contenía configuración de cuentas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 account setting was read back and kept</source>
        <translation>1 configuración de cuenta se recuperó y se conservó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}.</source>
        <translation>{read}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read}; at least 1 could not be read and is lost.</source>
        <translation>{read}; al menos 1 no se pudo leer y se perdió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this write is no longer in the outbox</source>
        <translation>este cambio ya no está en la cola de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this write is being sent</source>
        <translation>este cambio se está enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account &apos;{account}&apos; is no longer configured</source>
        <translation>la cuenta &apos;{account}&apos; ya no está configurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an earlier write to be sent first</source>
        <translation>esperando a que se envíe primero un cambio anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error stopped this write; it will be retried</source>
        <translation>un error inesperado detuvo este cambio; se volverá a intentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account &apos;{account}&apos; is not configured</source>
        <translation>la cuenta &apos;{account}&apos; no está configurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor openings are not asked from a desk in clinic mode (the clinic&apos;s sync agent is the only one that talks to the vendors)</source>
        <translation>un puesto en modo clínica no pide horarios libres al proveedor (solo el agente de sincronización de la clínica habla con los proveedores)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server cannot be reached: this desk shows its copy</source>
        <translation>no se puede conectar con el servidor de la clínica: este puesto muestra su copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the clinic server cannot be reached</source>
        <translation>no se puede conectar con el servidor de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (and this desk has no copy of the book yet)</source>
        <translation>{reason} (y este puesto aún no tiene una copia de la agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic server is not a PostgreSQL address (e.g. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</source>
        <translation>el servidor de la clínica no es una dirección PostgreSQL (p. ej. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server&apos;s address must not contain the password; frontdesk asks for it and keeps it in this computer&apos;s keyring</source>
        <translation>la dirección del servidor de la clínica no debe contener la contraseña; frontdesk la pide y la guarda en el llavero de este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clinic server {host} is not on this computer: its address needs sslmode=verify-full (or verify-ca, require) so the connection is encrypted</source>
        <translation>el servidor de la clínica {host} no está en este equipo: su dirección necesita sslmode=verify-full (o verify-ca, require) para que la conexión esté cifrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no network client to reach the vendor with</source>
        <translation>no hay un cliente de red para conectar con el proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account {name} is not running</source>
        <translation>la cuenta {name} no está en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translation>ninguna configurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account named {name} (accounts: {known})</source>
        <translation>no hay ninguna cuenta llamada {name} (cuentas: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account configured; add one with `frontdesk accounts add`</source>
        <translation>no hay ninguna cuenta configurada; añada una con `frontdesk accounts add`</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account}: the keyring holds no {names} for this account; add it again with `frontdesk accounts add ... --replace`</source>
        <translation>{account}: el llavero no contiene {names} para esta cuenta; vuelva a añadirla con `frontdesk accounts add ... --replace`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the installer could not be downloaded or did not verify</source>
        <translation>el instalador no se pudo descargar o no se pudo verificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the base URL</source>
        <translation>la URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address</source>
        <translation>la dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option {key}</source>
        <translation>la opción {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: the base URL</source>
        <translation>{account}: la URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: option {key}</source>
        <translation>{account}: la opción {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not a valid URL</source>
        <translation>{what} no es una URL válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a full address such as https://api.example.com/v1</source>
        <translation>{what} debe ser una dirección completa como https://api.example.com/v1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} must not contain a user name or password; give credentials with --secret</source>
        <translation>{what} no debe contener un usuario ni una contraseña; indique las credenciales con --secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must not contain &apos;?&apos; or &apos;#&apos; parts</source>
        <translation>{what} no debe contener partes &apos;?&apos; ni &apos;#&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must use https (plain http is only allowed to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>{what} debe usar https (http sin cifrar solo se permite hacia este equipo: 127.0.0.1, ::1 o localhost)</translation>
    </message>
</context>
<context>
    <name>EditAppointmentDialog</name>
    <message>
        <location filename="../../frontdesk/ui/edit_appointment_dialog.py" line="+58"/>
        <source>Edit appointment</source>
        <translation>Editar la cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider</source>
        <translation>El profesional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 with %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 con %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(as booked)</source>
        <translation>(como se reservó)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the provider (optional)</source>
        <translation>Notas para el profesional (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ends %1</source>
        <translation>termina a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic time (%1)</source>
        <translation>Hora de la clínica (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the service, length or notes.</source>
        <translation>Cambie el servicio, la duración o las notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The appointment stays as it is.</source>
        <translation>La cita queda como está.</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../frontdesk/ui/window/go_to_date.py" line="+88"/>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, e.g. %2, tomorrow, +7</source>
        <translation>%1, p. ej. %2, +7</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Dates are written %1 here.</source>
        <translation>Aquí las fechas se escriben %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not a date here (written %1)</source>
        <translation>No es una fecha aquí (se escribe %1)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="+132"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Marks in the book&lt;/b&gt;</source>
        <translation>&lt;b&gt;Marcas en la agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A dashed outline: a change saved here, waiting to be sent to the vendor</source>
        <translation>Contorno punteado: un cambio guardado aquí, pendiente de envío al proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey wash: closed time (outside the account&apos;s working hours)</source>
        <translation>Fondo gris: horario cerrado (fuera del horario de atención de la cuenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red line: the time now, on each clinic&apos;s own clock</source>
        <translation>Línea roja: la hora actual, según el reloj de cada clínica</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../frontdesk/ui/history_dialog.py" line="+110"/>
        <location line="+9"/>
        <source>Appointment history</source>
        <translation>Historial de la cita</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing recorded yet: changes are kept from this version on.</source>
        <translation>Aún no hay nada registrado: los cambios se guardan desde esta versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-97"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sync at %1</source>
        <translation>sincronización en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen at the vendor</source>
        <translation>visto en el proveedor</translation>
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
    <name>Launch</name>
    <message>
        <location filename="../../frontdesk/ui/launch.py" line="+56"/>
        <source>Something unexpected went wrong; the last action may not have finished. Details are in the log.</source>
        <translation>Algo inesperado salió mal; es posible que la última acción no haya terminado. Los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>frontdesk started with a problem worked around</source>
        <translation>frontdesk se inició sorteando un problema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>frontdesk cannot open the accounts</source>
        <translation>frontdesk no puede abrir las cuentas</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="+131"/>
        <source>frontdesk — demo clinic</source>
        <translation>frontdesk — clínica de demostración</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Openings</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Patients and openings</source>
        <translation>Pacientes y horarios libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side pane tabs</source>
        <translation>Pestañas del panel lateral</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which colour is which service, in the book shown</source>
        <translation>Qué color corresponde a cada servicio, en la agenda mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service colours</source>
        <translation>Colores de los servicios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the accounts…</source>
        <translation>Abriendo las cuentas…</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+184"/>
        <source>Here</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Patients checked in and waiting, with how long</source>
        <translation>Pacientes registrados y en espera, con el tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waitlist</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients waiting for an earlier time (kept in frontdesk, not at the vendor)</source>
        <translation>Pacientes que esperan una hora más temprana (se guarda en frontdesk, no en el proveedor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments picked up to drop on another day (Pin to move)</source>
        <translation>Citas apartadas para soltarlas en otro día (Fijar para mover)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmation calls…</source>
        <translation>Llamadas de confirmación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the day&apos;s unconfirmed patients and mark each call</source>
        <translation>Llamar a los pacientes del día sin confirmar y anotar cada llamada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Nobody on the waitlist fits %1 with %2</source>
        <translation>Nadie de la lista de espera encaja el %1 con %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Here (%1)</source>
        <translation>Presentes (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Fetching the latest from every account…</source>
        <translation>Obteniendo lo más reciente de cada cuenta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked the clinic&apos;s sync agent to refresh</source>
        <translation>Se pidió al agente de sincronización de la clínica que actualice</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 added; fetching its book and patients…</source>
        <translation>%1 agregada; obteniendo su agenda y sus pacientes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not sync: %1</source>
        <translation>No se pudo sincronizar: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+164"/>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cannot book with %1 from frontdesk: %2</source>
        <translation>No se puede reservar con %1 desde frontdesk: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New appointment here (%1, %2)</source>
        <translation>Nueva cita aquí (%1, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New blockout…</source>
        <translation>Nuevo bloqueo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break, meeting or time off: not offered as an opening</source>
        <translation>Un descanso, una reunión o un día libre: no se ofrece como horario libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From waitlist…</source>
        <translation>Desde la lista de espera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiting patients who fit this time, urgent first</source>
        <translation>Los pacientes en espera que encajan en esta hora, los urgentes primero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Booked %1</source>
        <translation>Reservada %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved; it will be sent when the vendor answers (%1)</source>
        <translation>Guardado; se enviará cuando el proveedor responda (%1)</translation>
    </message>
</context>
<context>
    <name>OccurrenceText</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+81"/>
        <source>That time has passed</source>
        <translation>Esa hora ya pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed that day</source>
        <translation>Cerrado ese día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside opening hours</source>
        <translation>Fuera del horario de atención</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vendor search</source>
        <translation>búsqueda del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computed</source>
        <translation>calculado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found by the vendor&apos;s own availability search</source>
        <translation>Encontrado por la búsqueda de disponibilidad del propio proveedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed by frontdesk from the cached book and the working hours</source>
        <translation>Calculado por frontdesk a partir de la agenda en caché y del horario de trabajo</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>call to book</source>
        <translation>llamar para reservar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with %2, %3, %4, %5</source>
        <translation>%1 con %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: times in %2</source>
        <translation>%1: horas en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the clinic to book it: %1</source>
        <translation>Llame a la clínica para reservarlo: %1</translation>
    </message>
</context>
<context>
    <name>OpeningsPane</name>
    <message>
        <location filename="../../frontdesk/ui/openings_pane.py" line="+259"/>
        <location line="+69"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A service several accounts share is searched in all of them; choose &apos;Any service&apos; to search by length</source>
        <translation>Un servicio que comparten varias cuentas se busca en todas; elija &apos;Cualquier servicio&apos; para buscar por duración</translation>
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
        <translation>Duración</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Morning (before 12:00)</source>
        <translation>Mañana (antes de las 12:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afternoon (12:00 to 17:00)</source>
        <translation>Tarde (12:00 a 17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening (from 17:00)</source>
        <translation>Noche (desde las 17:00)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find openings</source>
        <translation>Buscar horarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Openings in the chosen days, earliest first</source>
        <translation>Horarios libres en los días elegidos, los más próximos primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next available</source>
        <translation>Próximo libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earliest opening from today on, in one click</source>
        <translation>El horario libre más próximo desde hoy, en un clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Openings found</source>
        <translation>Horarios encontrados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Any service, by length</source>
        <translation>Cualquier servicio, por duración</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any location</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose morning, afternoon or evening (or several).</source>
        <translation>Elija mañana, tarde o noche (o varios).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for the next available time…</source>
        <translation>Buscando el próximo horario libre…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n opening(s) left: the others were just taken.</source>
        <translation>
            <numerusform>Queda %n horario libre: los demás se acaban de ocupar.</numerusform>
            <numerusform>Quedan %n horarios libres: los demás se acaban de ocupar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every opening listed was just taken. Search again.</source>
        <translation>Todos los horarios listados se acaban de ocupar. Busque de nuevo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next available: %1 with %2. Enter books it.</source>
        <translation>Próximo libre: %1 con %2. Enter lo reserva.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No opening in the next %n days.</source>
        <translation>
            <numerusform>No hay horarios libres en el próximo día.</numerusform>
            <numerusform>No hay horarios libres en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No opening in this range. Try more days or any provider.</source>
        <translation>No hay horarios libres en este período. Pruebe más días o cualquier profesional.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n openings (the first %n shown), earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n horario libre (se muestra el primero), el más próximo primero en cada lugar. Enter reserva el elegido.</numerusform>
            <numerusform>%n horarios libres (se muestran los primeros %n), los más próximos primero en cada lugar. Enter reserva el elegido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings (the first %n shown), earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n horario libre (se muestra el primero), el más próximo primero. Enter reserva el elegido.</numerusform>
            <numerusform>%n horarios libres (se muestran los primeros %n), los más próximos primero. Enter reserva el elegido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings, earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n horario libre, el más próximo primero en cada lugar. Enter reserva el elegido.</numerusform>
            <numerusform>%n horarios libres, los más próximos primero en cada lugar. Enter reserva el elegido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n openings, earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n horario libre. Enter lo reserva.</numerusform>
            <numerusform>%n horarios libres, los más próximos primero. Enter reserva el elegido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not search: %1</source>
        <translation>No se pudo buscar: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an opening first</source>
        <translation>Elija primero un horario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book the selected opening (Enter)</source>
        <translation>Reservar el horario elegido (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot book this one from frontdesk: %1.</source>
        <translation>Este no se puede reservar desde frontdesk: %1.</translation>
    </message>
</context>
<context>
    <name>PagesText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="-119"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDelegate</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+130"/>
        <source>Owner: %1 · %2</source>
        <translation>Dueño: %1 · %2</translation>
    </message>
</context>
<context>
    <name>PatientDetails</name>
    <message>
        <location filename="../../frontdesk/ui/patient_details.py" line="+85"/>
        <location line="+141"/>
        <source>Patient alert</source>
        <translation>Alerta del paciente</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Alert…</source>
        <translation>Alerta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note shown whenever this patient is booked</source>
        <translation>Una nota que se muestra cada vez que se da cita a este paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Book an appointment for this patient</source>
        <translation>Reservar una cita para este paciente</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past appointments</source>
        <translation>Citas pasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient to see their details and appointments.</source>
        <translation>Elija un paciente para ver sus datos y citas.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Change this patient&apos;s details</source>
        <translation>Cambiar los datos de este paciente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ &lt;b&gt;Alert:&lt;/b&gt; %1</source>
        <translation>⚠ &lt;b&gt;Alerta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shown whenever %1 is booked (empty: no alert):</source>
        <translation>Se muestra cada vez que se da cita a %1 (vacío: sin alerta):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert was not saved: %1</source>
        <translation>La alerta no se guardó: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Owner: %1</source>
        <translation>Dueño: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Nació el %1 (%n año)</numerusform>
            <numerusform>Nació el %1 (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive in the vendor&apos;s system</source>
        <translation>Inactivo en el sistema del proveedor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upcoming (%1)</source>
        <translation>Próximas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming: none</source>
        <translation>Próximas: ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past (%1, as far back as the cache goes)</source>
        <translation>Pasadas (%1, hasta donde llega la caché)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past: none cached</source>
        <translation>Pasadas: ninguna en caché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointments could not be read: %1</source>
        <translation>No se pudieron leer las citas: %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../frontdesk/ui/patient_dialog.py" line="+42"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create patient</source>
        <translation>Crear paciente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>En &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>* required. Saved in the vendor&apos;s system, then shown here.</source>
        <translation>* obligatorio. Se guarda en el sistema del proveedor y luego se muestra aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — cannot add</source>
        <translation>%1 — no se puede agregar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No account here lets frontdesk add patients (%1).</source>
        <translation>Ninguna cuenta aquí permite a frontdesk agregar pacientes (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account here lets frontdesk add patients.</source>
        <translation>Ninguna cuenta aquí permite a frontdesk agregar pacientes.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../frontdesk/ui/patient_form.py" line="+122"/>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born in %1? Check the year.</source>
        <translation>¿Nació en %1? Revise el año.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A phone number holds digits, spaces, + - . / ( ) only.</source>
        <translation>Un número de teléfono solo lleva dígitos, espacios y + - . / ( ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Un número de teléfono tiene de 6 a 15 dígitos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not an e-mail address (like name@example.com).</source>
        <translation>No es un correo electrónico (como nombre@ejemplo.com).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>El apellido tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first name contains digits.</source>
        <translation>El nombre contiene dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name contains digits.</source>
        <translation>El apellido contiene dígitos.</translation>
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../../frontdesk/ui/patient_pane.py" line="+50"/>
        <source>Name, phone or birth date</source>
        <translation>Nombre, teléfono o nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A surname, a phone number in any format, or a birth date (dd/mm/yyyy)</source>
        <translation>Un apellido, un número de teléfono en cualquier formato o una fecha de nacimiento (dd/mm/aaaa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add a patient in the vendor&apos;s system</source>
        <translation>Agregar un paciente en el sistema del proveedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account here lets frontdesk add patients: %1</source>
        <translation>Ninguna cuenta aquí permite a frontdesk agregar pacientes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a phone number or a birth date.</source>
        <translation>Escriba un nombre, un número de teléfono o una fecha de nacimiento.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s) in the cache. Type to search.</source>
        <translation>
            <numerusform>%Ln paciente en la caché. Escriba para buscar.</numerusform>
            <numerusform>%Ln pacientes en la caché. Escriba para buscar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep typing: a phone number is searched from its 4th digit.</source>
        <translation>Siga escribiendo: un número de teléfono se busca a partir del 4.º dígito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient matches. Try the surname, a phone number or dd/mm/yyyy.</source>
        <translation>Ningún paciente coincide. Pruebe con el apellido, un número de teléfono o dd/mm/aaaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>50+ found</source>
        <translation>50+ encontrados</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrado</numerusform>
            <numerusform>%n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The search could not be run: %1</source>
        <translation>No se pudo hacer la búsqueda: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Saved here; it will be sent when the vendor answers (%1).</source>
        <translation>Guardado aquí; se enviará cuando el proveedor responda (%1).</translation>
    </message>
</context>
<context>
    <name>PinboardPane</name>
    <message>
        <location filename="../../frontdesk/ui/pinboard_pane.py" line="+172"/>
        <source>Pinboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments picked up to move to another day or time</source>
        <translation>Citas apartadas para moverlas a otro día u otra hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show in book</source>
        <translation>Mostrar en la agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the day of the selected appointment</source>
        <translation>Ir al día de la cita seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected card off the board (Delete)</source>
        <translation>Quitar la tarjeta seleccionada del tablero (Supr)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the pinboard: %1</source>
        <translation>No se pudo leer el tablero: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An appointment no longer in the book</source>
        <translation>Una cita que ya no está en la agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with %2</source>
        <translation>%1, con %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is no longer in the book</source>
        <translation>ya no está en la agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted at the vendor: remove the card</source>
        <translation>Eliminada en el proveedor: quite la tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the vendor</source>
        <translation>en el proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1: remove the card</source>
        <translation>Cancelada %1: quite la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 since it was pinned</source>
        <translation>Movida %1 desde que se fijó</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drag an appointment here from the book, or use Pin to move in its menu. Then go to another day and drag the card onto a free time.</source>
        <translation>Arrastre aquí una cita desde la agenda, o use Fijar para mover en su menú. Luego vaya a otro día y arrastre la tarjeta a un horario libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card onto a free time in the book, or select it and click a free time.</source>
        <translation>Arrastre una tarjeta a un horario libre de la agenda, o selecciónela y haga clic en un horario libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This one cannot be moved: %1.</source>
        <translation>Esta no se puede mover: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a free time in the book to move %1 there.</source>
        <translation>Haga clic en un horario libre de la agenda para mover allí a %1.</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <location filename="../../frontdesk/ui/window/pinning.py" line="+55"/>
        <source>Put the appointment on the pinboard, to drop it on another day</source>
        <translation>Poner la cita en el tablero, para soltarla en otro día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin to move</source>
        <translation>Fijar para mover</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pin to move: %1</source>
        <translation>Fijar para mover: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot pin %1: %2</source>
        <translation>No se puede fijar a %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Pinned %1: go to another day, then drag the card onto a free time</source>
        <translation>%1 fijado: vaya a otro día y arrastre la tarjeta a un horario libre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it is kept in another system</source>
        <translation>está en otro sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
</context>
<context>
    <name>ProviderCount</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/actions.py" line="+97"/>
        <source>%n of %1 providers</source>
        <translation>
            <numerusform>%n de %1 profesionales</numerusform>
            <numerusform>%n de %1 profesionales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <location filename="../../frontdesk/ui/provider_menu.py" line="+38"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the providers saved as %1</source>
        <translation>Mostrar los profesionales guardados como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these providers as a view…</source>
        <translation>Guardar estos profesionales como vista…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a view</source>
        <translation>Eliminar una vista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide everyone</source>
        <translation>Ocultar a todos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a view</source>
        <translation>Guardar una vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this set of providers (for example, the desk&apos;s name):</source>
        <translation>Nombre de este grupo de profesionales (por ejemplo, el nombre del mostrador):</translation>
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
    <name>ReauthDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reauth.py" line="+59"/>
        <source>Sign in again — %1</source>
        <translation>Volver a iniciar sesión — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 no longer accepts the saved credentials for %2.&lt;/b&gt;&lt;br&gt;Enter them again to carry on. Until then the book shows what was last fetched, and changes wait to be sent.</source>
        <translation>&lt;b&gt;%1 ya no acepta las credenciales guardadas para %2.&lt;/b&gt;&lt;br&gt;Vuelva a ingresarlas para continuar. Mientras tanto, la agenda muestra lo último que se obtuvo y los cambios esperan para enviarse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking with %1…</source>
        <translation>Verificando con %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in for this session. They could not be kept in the keyring (%1): you will be asked again.</source>
        <translation>Sesión iniciada por ahora. No se pudieron guardar en el llavero (%1): se le volverán a pedir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+13"/>
        <source>Reschedule appointment</source>
        <translation>Reprogramar la cita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Now %4, %5 with %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 min)&lt;br&gt;Ahora %4, %5 con %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a new time or provider.</source>
        <translation>Elija otra hora u otro profesional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That time has passed.</source>
        <translation>Esa hora ya pasó.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the same provider: moving it there double-books them.</source>
        <translation>%1 del mismo profesional: moverla allí duplica su agenda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appointment stays where it is.</source>
        <translation>La cita queda donde está.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <location filename="../../frontdesk/ui/series_panel.py" line="+20"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 weeks</source>
        <translation>Cada 3 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 4 weeks</source>
        <translation>Cada 4 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same date</source>
        <translation>Cada mes, en la misma fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same weekday (2nd Tuesday)</source>
        <translation>Cada mes, el mismo día de la semana (2.º martes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the last weekday (last Friday)</source>
        <translation>Cada mes, el último día de la semana (último viernes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of appointments</source>
        <translation>Número de citas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of the series</source>
        <translation>Último día de la serie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appointments of the series</source>
        <translation>Citas de la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>That end date makes more than %1 appointments: choose an earlier date.</source>
        <translation>Esa fecha de fin da más de %1 citas: elija una fecha anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series ends before its first appointment.</source>
        <translation>La serie termina antes de su primera cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This day is not the last of its weekday in the month.</source>
        <translation>Este día no es el último de ese día de la semana en el mes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings make no series.</source>
        <translation>Estos ajustes no forman ninguna serie.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Appointment %1 of the series</source>
        <translation>Cita %1 de la serie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking each appointment…</source>
        <translation>Comprobando cada cita…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times in %1.</source>
        <translation>Horas en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need a look (marked ⚠).</source>
        <translation>
            <numerusform>%n por revisar (marcada con ⚠).</numerusform>
            <numerusform>%n por revisar (marcadas con ⚠).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n omitida.</numerusform>
            <numerusform>%n omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out %1: it has no 5th %2.</source>
        <translation>Se omite %1: no tiene un 5.º %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out %1: it has no day %2.</source>
        <translation>Se omite %1: no tiene día %2.</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../frontdesk/ui/series_actions.py" line="+55"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1&apos;s appointment of a series?</source>
        <translation>¿Cancelar la cita de %1 que forma parte de una serie?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Move appointment</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Move %1&apos;s appointment of a series?</source>
        <translation>¿Mover la cita de %1 que forma parte de una serie?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change only this appointment, or this one and the following ones too.</source>
        <translation>Cambiar solo esta cita, o también las siguientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This appointment only</source>
        <translation>Solo esta cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following</source>
        <translation>Esta y las siguientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Move %n appointments by the same shift?</source>
        <translation>
            <numerusform>¿Mover %n cita con el mismo desplazamiento?</numerusform>
            <numerusform>¿Mover %n citas con el mismo desplazamiento?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointments cancelled</source>
        <translation>
            <numerusform>%n cita cancelada</numerusform>
            <numerusform>%n citas canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointments moved</source>
        <translation>
            <numerusform>%n cita movida</numerusform>
            <numerusform>%n citas movidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 not changed: %2</source>
        <translation>%1 sin cambiar: %2</translation>
    </message>
</context>
<context>
    <name>ServerLinkLabel</name>
    <message>
        <location filename="../../frontdesk/ui/server_link.py" line="+27"/>
        <source>Clinic server</source>
        <translation>Servidor de la clínica</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This desk shows its own copy of the book and keeps your changes until the clinic server answers again; then they are handed to the clinic&apos;s sync agent.</source>
        <translation>Este puesto muestra su propia copia de la agenda y guarda sus cambios hasta que el servidor de la clínica vuelva a responder; entonces se entregan al agente de sincronización de la clínica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic server unreachable — showing this desk&apos;s copy of the book</source>
        <translation>Servidor de la clínica inaccesible — se muestra la copia de la agenda de este puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic server unreachable — showing the book as of %1</source>
        <translation>Servidor de la clínica inaccesible — agenda tal como estaba a las %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change kept while the clinic server was away was not accepted: %1</source>
        <translation>Un cambio guardado mientras el servidor de la clínica no estaba disponible no fue aceptado: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/openings_pane.py" line="-450"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/day_sheet.py" line="-181"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n por llamar</numerusform>
            <numerusform>%n por llamar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../frontdesk/ui/help_dialog.py" line="-108"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SlotHold</name>
    <message>
        <location filename="../../frontdesk/ui/slot_hold.py" line="+53"/>
        <source>Being booked at %1. Choose another time, or wait until it is free.</source>
        <translation>Se está reservando en %1. Elija otra hora o espere a que quede libre.</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <location filename="../../frontdesk/ui/status_icons.py" line="+25"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked: no mark</source>
        <translation>Reservada: sin marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the patient: a ring with a tick and a solid outline</source>
        <translation>Confirmada por el paciente: un anillo con una marca y un contorno sólido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived (checked in): a green disc with a tick</source>
        <translation>Llegó (registrado): un disco verde con una marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seen (fulfilled): a grey square with a tick</source>
        <translation>Atendido (completada): un cuadrado gris con una marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show: a red disc with a cross; the name is struck through</source>
        <translation>No se presentó: un disco rojo con una cruz; el nombre aparece tachado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled (shown on request): a grey ring with a bar</source>
        <translation>Cancelada (se muestra si se pide): un anillo gris con una barra</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <location filename="../../frontdesk/ui/time_input.py" line="+27"/>
        <source>Type 13:30, 1330, 9h30, 9 or 1:30 pm</source>
        <translation>Escriba 13:30, 1330, 9h30, 9 o 1:30 pm</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../frontdesk/ui/update_notice.py" line="+54"/>
        <source>A newer frontdesk is available</source>
        <translation>Hay una versión más reciente de frontdesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to see what is new and get the installer</source>
        <translation>Haga clic para ver las novedades y obtener el instalador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontdesk %1 is available (this is %2).</source>
        <translation>frontdesk %1 está disponible (esta es la %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Get the installer</source>
        <translation>Obtener el instalador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models.py" line="+20"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>la ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived</source>
        <translation>llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seen</source>
        <translation>atendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be sent</source>
        <translation>en espera de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in error</source>
        <translation>ingresada por error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting list</source>
        <translation>lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_dialog.py" line="+47"/>
        <location line="+54"/>
        <source>Add to the waitlist</source>
        <translation>Agregar a la lista de espera</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Name, phone, e-mail or date of birth</source>
        <translation>Nombre, teléfono, correo o fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the patient</source>
        <translation>Buscar al paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not before</source>
        <translation>No antes del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>No después del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Not after” is before “Not before”.</source>
        <translation>“No después del” es anterior a “No antes del”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent: offered first</source>
        <translation>Urgente: se ofrece primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (none: any)</source>
        <translation>Días (ninguno: cualquiera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is on the waitlist</source>
        <translation>%1 está en la lista de espera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>No se agregó: %1</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+46"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (urgent)</source>
        <translation>%1 (urgente)</translation>
    </message>
</context>
<context>
    <name>WaitlistOffer</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_offer.py" line="+36"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n waiting patient(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n paciente en espera encaja el %1 con %2</numerusform>
            <numerusform>%n pacientes en espera encajan el %1 con %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Book this slot for this patient</source>
        <translation>Reservar este horario para este paciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1</source>
        <translation>Reservar a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no service of this provider fits the slot</source>
        <translation>ningún servicio de este profesional cabe en este horario</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the vendor refused the booking</source>
        <translation>el proveedor rechazó la reserva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked %1 %2</source>
        <translation>Se reservó a %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not booked: %1</source>
        <translation>No se reservó: %1</translation>
    </message>
</context>
<context>
    <name>WaitlistPane</name>
    <message>
        <location filename="../../frontdesk/ui/waitlist_pane.py" line="+21"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by service</source>
        <translation>Filtrar por servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by provider</source>
        <translation>Filtrar por profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent only</source>
        <translation>Urgentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any service</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the waitlist: %1</source>
        <translation>No se pudo leer la lista de espera: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody is waiting for an earlier time.</source>
        <translation>Nadie espera una hora más temprana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 waiting, urgent and longest waiting first.</source>
        <translation>%1 de %2 en espera, urgentes y los que más esperan primero.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../frontdesk/ui/window/actions.py" line="+61"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+284"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+280"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Go to date…</source>
        <translation>Ir a la fecha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the day to show (d/m or m/d, as the clinic writes)</source>
        <translation>Escriba el día que desea ver (d/m o m/d, como escribe la clínica)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the latest from every account</source>
        <translation>Obtener lo más reciente de cada cuenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book an appointment</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search patients by name, phone or birth date</source>
        <translation>Buscar pacientes por nombre, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find opening</source>
        <translation>Buscar horario libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the next opening</source>
        <translation>Buscar el próximo horario libre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the book</source>
        <translation>Ir a la agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard to the appointment book</source>
        <translation>Llevar el teclado a la agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day view: a column per provider</source>
        <translation>Vista del día: una columna por profesional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week view: one provider, a column per day</source>
        <translation>Vista de la semana: un profesional, una columna por día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch day/week</source>
        <translation>Cambiar día/semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch between day and week</source>
        <translation>Cambiar entre día y semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Show cancelled</source>
        <translation>Mostrar canceladas</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Show cancelled appointments too</source>
        <translation>Mostrar también las citas canceladas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by location</source>
        <translation>Agrupar por lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the providers by location</source>
        <translation>Agrupar a los profesionales por lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet (PDF or print)…</source>
        <translation>Hoja del día (PDF o impresión)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day sheet (one provider or everyone), exported to PDF or printed</source>
        <translation>Una hoja del día (un profesional o todos), exportada a PDF o impresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every shortcut, and what the marks in the book mean</source>
        <translation>Todos los atajos y lo que significan las marcas de la agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close frontdesk</source>
        <translation>Cerrar frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>Providers</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Providers shown</source>
        <translation>Profesionales mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the providers shown in the day view</source>
        <translation>Elegir los profesionales que se muestran en la vista del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider of the week</source>
        <translation>Profesional de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose week is shown</source>
        <translation>De quién es la semana mostrada</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic server…</source>
        <translation>Servidor de la clínica…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Appointment</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show cancelled (%1)</source>
        <translation>Mostrar canceladas (%1)</translation>
    </message>
</context>
</TS>
