from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summit.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'summit.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'summit.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_m = resolve('m')
    l_0_tr = resolve('tr')
    l_0_meeting_dates = resolve('meeting_dates')
    l_0_format_labels = resolve('format_labels')
    l_0_participants = resolve('participants')
    l_0_decisions = resolve('decisions')
    l_0_titled = resolve('titled')
    l_0_summit = l_0_place = l_0_council = missing
    pass
    l_0_summit = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['summit'] = l_0_summit
    t_1 = []
    pass
    t_1.append(
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'city'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'city')))),
    )
    if (environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'city') and environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'host_state_id')):
        pass
        t_1.append(
            ', ',
        )
    t_1.append(
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'host_state_id')))),
    )
    l_0_place = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    _block_vars['place'] = l_0_place
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'title')))
    yield '</h1>'
    l_1_council_labels = resolve('council_labels')
    t_2 = []
    pass
    t_2.extend((
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='council_labels') if l_1_council_labels is missing else l_1_council_labels), 'get'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'council'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'council')))),
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'source_id')))),
    ))
    l_0_council = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    _block_vars['council'] = l_0_council
    l_1_council_labels = missing
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Council', _block_vars=_block_vars), (undefined(name='council') if l_0_council is missing else l_0_council)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Meeting number', _block_vars=_block_vars), (environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'number') if environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'number') else '')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Dates', _block_vars=_block_vars), context.call((undefined(name='meeting_dates') if l_0_meeting_dates is missing else l_0_meeting_dates), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars)), ((context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Convened by', _block_vars=_block_vars) if (environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'format') == 'virtual') else context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Place', _block_vars=_block_vars)), (undefined(name='place') if l_0_place is missing else l_0_place)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Format', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='format_labels') if l_0_format_labels is missing else l_0_format_labels), 'get'), (environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'format') or ''), '', _block_vars=_block_vars)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chair', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'chair'), _block_vars=_block_vars))], _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'summary'), (undefined(name='summit') if l_0_summit is missing else l_0_summit), _block_vars=_block_vars)))
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'participants'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Participants', _block_vars=_block_vars)))
        yield "</h2><table class='facts'>"
        l_1_loop = missing
        for (l_1_role, l_1_members), l_1_loop in LoopContext(context.call((undefined(name='participants') if l_0_participants is missing else l_0_participants), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars), undefined):
            _loop_vars = {}
            pass
            yield "<tr><td class='label'>"
            yield escape(environment.finalize(context.eval_ctx, l_1_role))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(l_1_members, undefined):
                l_2_page = resolve('page')
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ', '
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_2_p, 'state_id'), _loop_vars=_loop_vars)))
                if environment.getattr(l_2_p, 'person'):
                    pass
                    yield ' ('
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_p, 'person')))
                    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='page') if l_2_page is missing else l_2_page), 'person_sources'), l_2_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                    yield ')'
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_2_p, 'source_id'), _loop_vars=_loop_vars)))
            l_2_loop = l_2_p = l_2_page = missing
            yield '</td></tr>'
        l_1_loop = l_1_role = l_1_members = missing
        yield '</table>'
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'status_decisions'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Status decisions', _block_vars=_block_vars)))
        yield '</h2><ul>'
        for l_1_d in context.call((undefined(name='decisions') if l_0_decisions is missing else l_0_decisions), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars):
            l_1_status_labels = resolve('status_labels')
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_1_d, 'state_id'), _loop_vars=_loop_vars)))
            yield ': '
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), '{status} from {date}', status=environment.getitem((undefined(name='status_labels') if l_1_status_labels is missing else l_1_status_labels), environment.getattr(l_1_d, 'status')), date=environment.getattr(l_1_d, 'start_date'), _loop_vars=_loop_vars)))
            yield ' '
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_d, 'source_id'), _loop_vars=_loop_vars)))
            yield '</li>'
        l_1_d = l_1_status_labels = missing
        yield '</ul>'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Documents adopted', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'documents'), _block_vars=_block_vars), _block_vars=_block_vars)))

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=37&7=42&6=52&9=55&10=61&11=67&19=68&20=69&21=72&23=75&24=79&28=101&29=104&30=106&31=111&35=119'